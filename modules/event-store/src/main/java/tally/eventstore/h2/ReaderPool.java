package tally.eventstore.h2;

import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readers' connections, each a {@link PreparedConnection}, lent to one reader at a time:
 * as many as there are readers at once. Plain H2 connections, not H2's pooled ones, whose
 * wrapper takes a lock on every column read (a tenth of reading the log back).
 */
final class ReaderPool {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderPool.class);

    interface Query<T> {
        T run(PreparedConnection s) throws SQLException;
    }

    private final DataSource source;
    private final Queue<PreparedConnection> idle = new ConcurrentLinkedQueue<>();
    private final Queue<PreparedConnection> all = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    ReaderPool(DataSource source) {
        this.source = source;
    }

    <T> T read(Query<T> query) throws SQLException {
        PreparedConnection s = idle.poll();
        if (s == null) {
            s = new PreparedConnection(source.getConnection());
            all.add(s);
        }
        boolean healthy = false;
        try {
            T result = query.run(s);
            healthy = true;
            return result;
        } finally {
            if (healthy && !closed) {
                idle.add(s);
            } else {
                all.remove(s);
                closeQuietly(s);
            }
        }
    }

    void close() {
        closed = true;
        all.forEach(ReaderPool::closeQuietly);
        all.clear();
        idle.clear();
    }

    private static void closeQuietly(PreparedConnection s) {
        try {
            s.close();
        } catch (SQLException e) {
            LOG.debug("closing a reader's connection", e);
        }
    }
}
