package tally.query.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import tally.events.StoredEvent;

/**
 * One read model: how events of the log become its rows. A projection folds a batch in memory
 * and writes only the rows that changed, inside its runner's transaction (which also moves the
 * checkpoint), so a batch is applied whole or not at all. The supervisor runs every projection
 * bean there is (in {@code @Order}), so a read model registers itself by being one.
 */
public interface Projection {

    /** The read model's name in the API, e.g. {@code stock}; its checkpoint's key. */
    String name();

    /** Empties the read model's tables (the runner resets the checkpoint beside it). */
    void clear(Connection c) throws SQLException;

    /**
     * Applies {@code events}, in order, and says what changed for the live stream when
     * {@code describe} (nobody listening, or a backlog: describing would be wasted work).
     *
     * @throws EventFailed naming the first event that could not be applied; nothing is written
     *                     then, and the runner applies the events before it on their own
     */
    List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
            throws SQLException;

    /**
     * At its runner's start, in the transaction that reads its checkpoint ({@code position}),
     * before anything is applied: a projection that answers queries from memory loads its rows.
     */
    default void opened(Connection c, long position) throws SQLException {
    }

    /**
     * The transaction of the last {@link #apply} or {@link #clear} has committed, or not. A
     * projection that keeps rows in memory keeps them only once committed.
     */
    default void settled(boolean committed) {
    }

    /** A row as it now stands after a commit: {@code kind} is the live stream's event name. */
    record Change(String kind, Object data) {
    }
}
