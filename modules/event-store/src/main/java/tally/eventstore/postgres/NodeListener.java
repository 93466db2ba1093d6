package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The doorbell between nodes: {@code LISTEN tally_log} on a connection of its own, each notice
 * carrying the head another node's commit reached, with a timer behind it: when no notice came
 * for {@link #TICK_MILLIS}, or the connection was lost (a notice sent meanwhile is gone), it
 * reads the head itself. A lost notice costs at most a tick.
 */
final class NodeListener implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeListener.class);
    static final int TICK_MILLIS = 500;

    private final Connections connections;
    private final LogSql sql;
    private final HeadBell bell;
    private volatile boolean stopping;

    NodeListener(Connections connections, LogSql sql, HeadBell bell) {
        this.connections = connections;
        this.sql = sql;
        this.bell = bell;
    }

    void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        while (!stopping) {
            try (Connection c = connections.open()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + LogSql.CHANNEL);
                }
                bell.advanceTo(sql.head(c)); // what was committed while nobody listened
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warn("lost the log's notices ({}); listening again in {} ms",
                            e.getMessage(), TICK_MILLIS);
                    pause();
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!stopping) {
            PGNotification[] notices = pg.getNotifications(TICK_MILLIS);
            long head = 0;
            if (notices != null) {
                for (PGNotification n : notices) {
                    head = Math.max(head, Long.parseLong(n.getParameter()));
                }
            }
            bell.advanceTo(head > 0 ? head : sql.head(c));
        }
    }

    private void pause() {
        try {
            Thread.sleep(TICK_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
