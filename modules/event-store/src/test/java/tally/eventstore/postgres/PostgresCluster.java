package tally.eventstore.postgres;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One PostgreSQL cluster in a folder of its own, run by Debian's programs: {@code initdb},
 * {@code pg_ctl start} on a free port of 127.0.0.1 (its socket in the same folder, so nothing of
 * the machine's own PostgreSQL is touched), {@code pg_ctl stop} and the folder deleted. PostgreSQL
 * refuses to run as root, so under root (as CI runs) every program runs as the {@code postgres}
 * user that Debian's package creates, through {@code runuser}.
 */
final class PostgresCluster {
    static final String USER = "tally";

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean asPostgres;

    private PostgresCluster(Path bin, Path folder, int port, boolean asPostgres) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    static PostgresCluster start(Path under) throws IOException {
        return make(under, Integer.getInteger("tally.pg.test.port", freePort()),
                PostgresCluster::initAndStart);
    }

    /**
     * A standby of {@code primary}: filled by {@code pg_basebackup -R} (which makes it follow
     * the primary's stream) in a folder of its own, started on a port of its own.
     */
    static PostgresCluster standbyOf(PostgresCluster primary, Path under) throws IOException {
        return make(under, freePort(), standby -> {
            standby.chownFolder();
            standby.run(List.of(standby.bin.resolve("pg_basebackup").toString(), "-h",
                    "127.0.0.1", "-p", Integer.toString(primary.port), "-U", USER, "-D",
                    standby.data(), "-R", "-X", "stream", "--no-sync", "--checkpoint=fast"), true);
            standby.startServer();
        });
    }

    private interface Setup {
        void run(PostgresCluster cluster) throws IOException;
    }

    private static PostgresCluster make(Path under, int port, Setup setup) throws IOException {
        Path bin = findPrograms();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory(under, "tally-pg-");
        var cluster = new PostgresCluster(bin, folder, port, root);
        try {
            setup.run(cluster);
        } catch (IOException | RuntimeException e) {
            cluster.deleteFolder();
            throw e;
        }
        return cluster;
    }

    private void chownFolder() throws IOException {
        if (asPostgres) {
            run(List.of("chown", "postgres:", folder.toString()), false);
        }
    }

    private void initAndStart() throws IOException {
        chownFolder();
        run(List.of(bin.resolve("initdb").toString(), "-D", data(), "-U", USER,
                "--auth=trust", "--encoding=UTF8", "--no-sync"), true);
        startServer();
    }

    /** Starts the server on the cluster made; also again after {@link #stopServer}. */
    void startServer() throws IOException {
        // fsync off: a test cluster outlives nothing; what the tests check is the engine's logic.
        String settings = "-c listen_addresses=127.0.0.1 -c port=" + port
                + " -c unix_socket_directories=" + folder + " -c fsync=off"
                + " -c max_connections=300";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l",
                folder.resolve("server.log").toString(), "-o", settings, "-w", "start"), true);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    /** Stops the server and keeps the cluster, as an operator's restart would. */
    void stopServer() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"),
                true);
    }

    /** Stops the server as a crash would: no checkpoint, every connection cut. */
    void crash() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w",
                "stop"), true);
    }

    /** Makes a standby a primary that takes writes, and waits until it does. */
    void promote() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-w", "promote"), true);
    }

    /**
     * At the JVM's end: the cluster is thrown away, so no shutdown checkpoint ({@code immediate})
     * and the folder goes in a process of its own that outlives this JVM. Deleting a few hundred
     * test databases' files here took over 30 s under load, and Surefire kills a fork that has
     * not ended 30 s after its last test, leaving the folder behind.
     */
    void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate",
                    "-w", "stop"), true);
        } catch (IOException | RuntimeException e) {
            System.err.println("test PostgreSQL did not stop: " + e.getMessage());
        }
        try {
            new ProcessBuilder("rm", "-rf", folder.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            deleteFolder();
        }
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("test PostgreSQL's folder not deleted: " + e.getMessage());
        }
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private void run(List<String> command, boolean asServerUser) throws IOException {
        var full = new ArrayList<String>();
        if (asServerUser && asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                String log = Files.exists(folder.resolve("server.log"))
                        ? Files.readString(folder.resolve("server.log")) : "";
                throw new IOException(String.join(" ", command) + " failed: " + lastLine(out)
                        + lastLine(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** Debian's newest {@code /usr/lib/postgresql/N/bin}, or {@code tally.pg.bin}. */
    private static Path findPrograms() throws IOException {
        String chosen = System.getProperty("tally.pg.bin");
        if (chosen != null) {
            return Path.of(chosen);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var found = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(PostgresCluster::versionOf));
                if (found.isPresent()) {
                    return found.get().resolve("bin");
                }
            }
        }
        throw new IOException("no initdb under /usr/lib/postgresql/*/bin");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String lastLine(String text) {
        String t = text.strip();
        return t.isEmpty() ? "" : " " + t.substring(t.lastIndexOf('\n') + 1);
    }
}
