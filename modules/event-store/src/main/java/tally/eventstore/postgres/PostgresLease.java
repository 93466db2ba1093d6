package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.NodeLease;

/**
 * A role one node at a time plays, as a PostgreSQL session-level advisory lock on a connection of
 * the lease's own: the server releases it when that session ends, however the node ends (closed,
 * killed, cut off), so no node can keep a role it can no longer play, and nothing needs clearing
 * after a crash. Free, it is taken by the first node whose {@link #hold} asks.
 *
 * <p>Held, each {@link #hold} runs one trivial query to see that the session still lives; a
 * failure, or no answer within {@link #TIMEOUT_MILLIS}, gives the role up here (the connection is
 * closed, so the server releases it too). The session asks the server to probe an idle client
 * every few seconds (TCP keepalives), so that a node cut off without a reset frees its role in
 * about {@code 5 + 3 x 2} s rather than the operating system's hours.
 */
final class PostgresLease implements NodeLease {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLease.class);
    static final int TIMEOUT_MILLIS = 5000;

    private final Connections connections;
    private final String role;
    private final long key;
    private Connection session;
    private boolean held;
    private boolean closed;

    PostgresLease(Connections connections, String role) {
        this.connections = connections;
        this.role = role;
        this.key = key(role);
    }

    /** The role's lock, apart from the log's ({@link LogSql#LOG_LOCK}): its fifth byte differs. */
    static long key(String role) {
        return 0x74616c6c_7a000000L | (role.hashCode() & 0xffffffL);
    }

    @Override
    public synchronized boolean hold() {
        if (closed) {
            return false;
        }
        try {
            if (session == null) {
                session = open();
            }
            if (held) {
                try (Statement s = session.createStatement()) {
                    s.execute("SELECT 1");
                }
                return true;
            }
            try (PreparedStatement ps = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    held = rs.next() && rs.getBoolean(1);
                }
            }
            return held;
        } catch (SQLException e) {
            if (held) {
                LOG.warn("lost the {} role with the connection to the event log: {}", role,
                        e.getMessage());
            }
            drop();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (held && session != null) {
            unlock();
        }
        drop();
    }

    /**
     * Gives the lock up before the session closes: a closed connection's backend ends a moment
     * later on the server, and a node asking in that moment would be refused a free role.
     */
    private void unlock() {
        try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException e) {
            LOG.debug("giving up the {} role; the session's end releases it", role, e);
        }
    }

    private Connection open() throws SQLException {
        Connection c = connections.open();
        try (Statement s = c.createStatement()) {
            c.setNetworkTimeout(Runnable::run, TIMEOUT_MILLIS);
            s.execute("SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2;"
                    + " SET tcp_keepalives_count = 3");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Ends the session, which releases the lock on the server. */
    private void drop() {
        held = false;
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                LOG.debug("closing the {} lease's session", role, e);
            }
            session = null;
        }
    }
}
