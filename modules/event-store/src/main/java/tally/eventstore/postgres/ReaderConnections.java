package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readers' connections, each lent to one reader at a time: as many as there are readers at
 * once. A connection whose query failed is closed, not lent again (the server may have gone).
 */
final class ReaderConnections {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderConnections.class);

    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connections connections;
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final Queue<Connection> all = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    ReaderConnections(Connections connections) {
        this.connections = connections;
    }

    <T> T read(Query<T> query) throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            c = connections.open();
            all.add(c);
        }
        boolean healthy = false;
        try {
            T result = query.run(c);
            healthy = true;
            return result;
        } finally {
            if (healthy && !closed) {
                idle.add(c);
            } else {
                all.remove(c);
                closeQuietly(c);
            }
        }
    }

    void close() {
        closed = true;
        all.forEach(ReaderConnections::closeQuietly);
        all.clear();
        idle.clear();
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection to the log", e);
        }
    }
}
