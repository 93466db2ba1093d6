package tally.eventstore.copy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import tally.eventstore.EventStoreException;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogImporter;

/**
 * The rows of a copied log put into an engine's tables ({@link RawLogImporter}: a restore, or
 * {@code copy-log} between engines), the same for both engines since their {@code events} and
 * {@code commands} tables have the same columns. Each call checks its rows first and binds them
 * only if they continue the log with no gap, so a refused call leaves nothing half-queued; when
 * to commit stays the engine's (H2 after each call, PostgreSQL once for the whole copy). Public
 * because Java has no visibility for sibling packages; only the engines use it.
 */
public final class CopiedRows {
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertCommand;

    public CopiedRows(Connection connection) throws SQLException {
        this.insertEvent = connection.prepareStatement("INSERT INTO events (position, stream,"
                + " version, type, occurred_at, command_id, user_name, fingerprint, data)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertCommand = connection.prepareStatement("INSERT INTO commands (command_id,"
                + " stream, version, position, fingerprint, user_name, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Inserts {@code rows}, which must start at {@code imported + 1} and go on one by one.
     *
     * @return the last position inserted: the new {@code imported}
     * @throws EventStoreException on a gap or rows out of order, before inserting any
     */
    public long insertEvents(long imported, List<RawEvent> rows) throws SQLException {
        long last = continuing(imported, rows);
        try {
            for (RawEvent row : rows) {
                insertEvent.setLong(1, row.position());
                insertEvent.setString(2, row.stream());
                insertEvent.setLong(3, row.version());
                insertEvent.setString(4, row.type());
                insertEvent.setObject(5, row.occurredAt().atOffset(ZoneOffset.UTC));
                insertEvent.setString(6, row.commandId());
                insertEvent.setString(7, row.user());
                insertEvent.setString(8, row.fingerprint());
                insertEvent.setString(9, row.data());
                insertEvent.addBatch();
            }
            insertEvent.executeBatch();
        } catch (SQLException | RuntimeException e) {
            forget(insertEvent, e);
            throw e;
        }
        return last;
    }

    /** Inserts command ids recorded without events, as they were. */
    public void insertCommands(List<RawCommand> rows) throws SQLException {
        try {
            for (RawCommand row : rows) {
                insertCommand.setString(1, row.commandId());
                insertCommand.setString(2, row.stream());
                insertCommand.setLong(3, row.version());
                insertCommand.setLong(4, row.position());
                insertCommand.setString(5, row.fingerprint());
                insertCommand.setString(6, row.user());
                insertCommand.setObject(7, row.recordedAt().atOffset(ZoneOffset.UTC));
                insertCommand.addBatch();
            }
            insertCommand.executeBatch();
        } catch (SQLException | RuntimeException e) {
            forget(insertCommand, e);
            throw e;
        }
    }

    /** A batch that failed must not come back with the next call (a success empties it). */
    private static void forget(PreparedStatement batch, Exception failure) {
        try {
            batch.clearBatch();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the statement is closed: the first failure tells why
        }
    }

    /** The last position of {@code rows} if they follow {@code imported} with no gap. */
    static long continuing(long imported, List<RawEvent> rows) {
        long next = imported;
        for (RawEvent row : rows) {
            if (row.position() != next + 1) {
                throw new EventStoreException("the copied log has position " + row.position()
                        + " where " + (next + 1) + " was due: a gap or rows out of order");
            }
            next = row.position();
        }
        return next;
    }
}
