package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to the shared log as {@link PostgresOptions} say, with bounds on what a
 * silent failure costs (a node frozen, a VM paused, a network that drops packets without a
 * reset). Without them a node whose batch holds the log's lock ({@link LogSql#LOG_LOCK}) and then
 * goes silent stops every other node's appends until the server's TCP gives up on it, hours by
 * Linux's defaults; with them PostgreSQL ends such a session after
 * {@link #IDLE_IN_TRANSACTION} (a batch is four quick round trips, never idle that long), which
 * frees the lock, and a node's own calls give up after {@link #SOCKET_TIMEOUT_SECONDS}. Each is a
 * default: a {@code --store} URL that sets it wins (pgjdbc reads the URL after these).
 */
final class Connections {
    static final String IDLE_IN_TRANSACTION = "10s";
    static final int SOCKET_TIMEOUT_SECONDS = 60;

    private final PostgresOptions options;

    Connections(PostgresOptions options) {
        this.options = options;
    }

    /** A connection of a running node: its writer, readers and listener. */
    Connection open() throws SQLException {
        var p = credentials();
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        p.setProperty("options", "-c idle_in_transaction_session_timeout="
                + IDLE_IN_TRANSACTION);
        return DriverManager.getConnection(options.url(), p);
    }

    /**
     * A connection for {@code copy-log}: one transaction that stays open while the source log
     * is read page by page, and statements over the whole log; no idle or socket bound.
     */
    Connection openForCopy() throws SQLException {
        return DriverManager.getConnection(options.url(), credentials());
    }

    PostgresOptions options() {
        return options;
    }

    private Properties credentials() {
        var p = new Properties();
        if (options.username() != null) {
            p.setProperty("user", options.username());
        }
        if (options.password() != null) {
            p.setProperty("password", options.password());
        }
        p.setProperty("ApplicationName", "tally");
        return p;
    }
}
