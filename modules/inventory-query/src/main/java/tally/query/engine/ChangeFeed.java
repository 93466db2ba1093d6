package tally.query.engine;

import java.util.List;

/**
 * Where the supervisor tells what the read models did, for clients that follow them live: the
 * live stream implements it. Called on runner threads after their commits, so it never blocks.
 */
public interface ChangeFeed {

    /** Positions up to {@code position} were published by an earlier process, if at all. */
    void startAt(long position);

    /** Rows as they now stand, or statuses (position 0), to every client. */
    void publish(long position, List<Projection.Change> changes);

    /** Tells every client to query afresh instead of patching what it shows. */
    void reset(String reason);

    /** Whether anyone would hear of the rows a commit changed; when not, they go undescribed. */
    boolean wanted();
}
