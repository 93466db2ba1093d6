package tally.query.engine.waits;

/**
 * Where each read model's waiters are kept: by whoever advances them after each commit (the
 * supervisor). An interface so that the waits know no runner: the runner package depends on this
 * one, never the other way round.
 */
public interface ReadModelWaiters {

    /** Read model {@code name}'s waiters; throws a not-found query error for an unknown name. */
    PositionWaiters waitersOf(String name);
}
