package tally.eventstore;

/**
 * Something that follows the log on its own thread from a checkpoint of its own: a read model's
 * runner on the query side, the allocation beside it. The trainer's list and controls
 * ({@code /api/projections}) see every follower through this one face, so the query module can
 * list and steer the allocation without depending on it, and the allocation needs nothing of the
 * query module. It lives in the store's API because that is the one module both stand on.
 */
public interface LogFollower {

    /** Its name in {@code /api/projections}, unique among the followers. */
    String name();

    /** The position up to which it has applied the log. */
    long position();

    /** The trainer's requests and the follower's failure; it acts on them in its own thread. */
    FollowerControls controls();

    /** Asks it to look at its controls and the log now rather than at its next tick. */
    void wake();

    /** Returns once the step under way (if any) is over: after a pause, nothing more applies. */
    void awaitStep();
}
