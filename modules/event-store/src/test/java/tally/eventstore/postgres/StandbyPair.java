package tally.eventstore.postgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A primary PostgreSQL and a standby that streams from it, synchronously (a commit returns once
 * the standby has flushed it), as docs/scale.md "A standby PostgreSQL" sets them up, each a
 * throwaway cluster of its own: for drills of losing the primary. {@link #url} names both, so a
 * node reaches whichever takes writes (pgjdbc's {@code targetServerType=primary}).
 */
public final class StandbyPair implements AutoCloseable {
    public static final String DATABASE = "tally";

    private final PostgresCluster primary;
    private final PostgresCluster standby;

    private StandbyPair(PostgresCluster primary, PostgresCluster standby) {
        this.primary = primary;
        this.standby = standby;
    }

    /** Both started, the database made, the standby streaming and synchronous. */
    public static StandbyPair start() throws IOException, SQLException, InterruptedException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        var primary = PostgresCluster.start(tmp);
        PostgresCluster standby = null;
        try {
            sql(primary, "postgres", "CREATE DATABASE " + DATABASE);
            standby = PostgresCluster.standbyOf(primary, tmp);
            sql(primary, "postgres", "ALTER SYSTEM SET synchronous_standby_names = '*'");
            sql(primary, "postgres", "SELECT pg_reload_conf()");
            awaitSynchronous(primary);
            return new StandbyPair(primary, standby);
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            primary.stop();
            if (standby != null) {
                standby.stop();
            }
            throw e;
        }
    }

    /** Both servers in one URL; the node takes whichever is the primary. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port()
                + "/" + DATABASE + "?targetServerType=primary&user=" + PostgresCluster.USER;
    }

    /** The primary stops as in a crash: no checkpoint, every connection cut. */
    public void crashPrimary() throws IOException {
        primary.crash();
    }

    /** The standby becomes the primary, and takes writes once this returns. */
    public void promoteStandby() throws IOException {
        standby.promote();
    }

    /** The standby's own URL, to read what it holds. */
    public String standbyUrl() {
        return standby.url(DATABASE);
    }

    public String user() {
        return PostgresCluster.USER;
    }

    @Override
    public void close() {
        standby.stop();
        primary.stop();
    }

    private static void sql(PostgresCluster cluster, String database, String statement)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(cluster.url(database),
                PostgresCluster.USER, "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void awaitSynchronous(PostgresCluster primary)
            throws SQLException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (Connection c = DriverManager.getConnection(primary.url("postgres"),
                    PostgresCluster.USER, "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_replication"
                         + " WHERE state = 'streaming' AND sync_state = 'sync'")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the standby did not become synchronous within 30 s");
    }
}
