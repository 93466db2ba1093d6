package tally.eventstore.postgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL cluster for the tests of this JVM: made by {@code initdb} in a temporary
 * folder on first use, started by {@code pg_ctl} on a free port, stopped and deleted when the JVM
 * ends. Each caller of {@link #freshDatabase()} gets an empty database of its own, so tests never
 * see each other's logs. Debian's {@code postgresql} package provides the programs ({@code bash
 * .ci/run} installs it when missing). If none can be found or started, every PostgreSQL test
 * fails with {@link #UNAVAILABLE}'s one line: a missing database must never look like a pass.
 *
 * <p>Set {@code tally.pg.test.port} to choose the port (a free one is taken otherwise) and
 * {@code tally.pg.bin} to choose the folder of {@code initdb} and {@code pg_ctl}.
 */
public final class TestPostgres {
    static final String UNAVAILABLE = "PostgreSQL for the tests could not be started";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres server;
    private static IllegalStateException failure;

    private final PostgresCluster cluster;

    private TestPostgres(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    /** The cluster of this JVM, started on first use; fails with one clear line otherwise. */
    public static synchronized TestPostgres server() {
        if (failure != null) {
            throw failure;
        }
        if (server == null) {
            try {
                var cluster = PostgresCluster.start(Path.of(System.getProperty("java.io.tmpdir")));
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "test-pg-stop"));
                server = new TestPostgres(cluster);
            } catch (IOException | RuntimeException e) {
                failure = new IllegalStateException(UNAVAILABLE + ": " + e.getMessage()
                        + " (install it with `bash .ci/run` or `apt-get install -y postgresql`)", e);
                throw failure;
            }
        }
        return server;
    }

    /** A new empty database on the cluster: its JDBC URL. */
    public String freshDatabase() {
        String name = "tally_test_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(cluster.url("postgres"), user(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return cluster.url(name);
    }

    /** A new empty database as a node's {@code --store} takes it: its JDBC URL with the user. */
    public String freshStore() {
        return freshDatabase() + "?user=" + user();
    }

    /** The cluster's superuser, who owns every test database; it needs no password. */
    public String user() {
        return PostgresCluster.USER;
    }

    public int port() {
        return cluster.port();
    }

    /**
     * Stops the server (every connection is ended, as in a restart) until {@link #startServer};
     * for tests of what a node does meanwhile. The databases stay.
     */
    public void stopServer() throws IOException {
        cluster.stopServer();
    }

    public void startServer() throws IOException {
        cluster.startServer();
    }

    /** Options for a store on {@code url} as the test user. */
    public PostgresOptions options(String url) {
        return PostgresOptions.of(url, user(), "");
    }
}
