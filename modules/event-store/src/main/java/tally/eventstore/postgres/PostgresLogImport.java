package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import tally.eventstore.EventStoreException;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogImporter;
import tally.eventstore.copy.CopiedRows;

/**
 * A shared log built from copied rows ({@link RawLogImporter}), into a database whose log is
 * EMPTY: a site's log moved from H2 ({@code copy-log}, docs/scale.md). The whole copy is one
 * transaction holding the log's lock: no node can append into a half-copied log (its batch
 * waits for the lock and then sees the copy's head), no reader sees a part of it, and a copy
 * that fails leaves the log as empty as it found it.
 *
 * <p>The rows of {@code commands} for the ids carried by events are made from the events at
 * {@link #finish} (the last event of each id is its first answer, its fingerprint and user the
 * events'), since this log answers every id from that table; the ids without events come from
 * {@link #addCommands} as they were.
 */
public final class PostgresLogImport implements RawLogImporter {
    private static final String COMMANDS_OF_EVENTS = "INSERT INTO commands (command_id, stream,"
            + " version, position, fingerprint, user_name, recorded_at)"
            + " SELECT DISTINCT ON (command_id) command_id, stream, version, position,"
            + " fingerprint, user_name, occurred_at FROM events WHERE command_id IS NOT NULL"
            + " ORDER BY command_id, position DESC";

    private final String url;
    private final Connection connection;
    private final CopiedRows rows;
    private long imported;
    private boolean closed;

    private PostgresLogImport(String url, Connection connection) throws SQLException {
        this.url = url;
        this.connection = connection;
        this.rows = new CopiedRows(connection);
    }

    /** Starts a copy into the log at {@code options.url()}, which must hold no event nor id. */
    public static PostgresLogImport into(PostgresOptions options) {
        Connection connection = null;
        try {
            LogSchema.migrate(options);
            connection = new Connections(options).openForCopy();
            connection.setAutoCommit(false);
            BatchSql.lock(connection);
            if (!isEmpty(connection)) {
                throw new EventStoreException("the event log at " + options.url() + " is not"
                        + " empty: a log is copied only into an empty one");
            }
            return new PostgresLogImport(options.url(), connection);
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                ReaderConnections.closeQuietly(connection);
            }
            if (e instanceof EventStoreException refused) {
                throw refused;
            }
            throw new EventStoreException("cannot copy into the event log at " + options.url()
                    + ": " + rootMessage(e), e);
        }
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM events)"
                + " OR EXISTS (SELECT 1 FROM commands)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return !rs.getBoolean(1);
        }
    }

    @Override
    public void add(List<RawEvent> events) {
        try {
            imported = rows.insertEvents(imported, events);
        } catch (SQLException e) {
            throw failed("events", e);
        }
    }

    @Override
    public void addCommands(List<RawCommand> commands) {
        try {
            rows.insertCommands(commands);
        } catch (SQLException e) {
            throw failed("command ids", e);
        }
    }

    @Override
    public long imported() {
        return imported;
    }

    /** The ids' rows of the events, the notice to any node listening, and the commit. */
    @Override
    public void finish() {
        try (PreparedStatement commands = connection.prepareStatement(COMMANDS_OF_EVENTS);
             PreparedStatement notice = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            commands.executeUpdate();
            notice.setString(1, LogSql.CHANNEL);
            notice.setString(2, Long.toString(imported));
            notice.execute();
            connection.commit();
        } catch (SQLException e) {
            throw failed("command ids of the events", e);
        }
        close();
    }

    /** Without {@link #finish}, rolls the whole copy back. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.rollback();
        } catch (SQLException e) {
            // committed already, or the connection is gone: either way nothing is half-done
        }
        ReaderConnections.closeQuietly(connection);
    }

    private EventStoreException failed(String what, SQLException e) {
        close(); // one transaction: a failed statement spoils it whole
        return new EventStoreException("could not add the copied " + what + " to " + url + ": "
                + e.getMessage(), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
