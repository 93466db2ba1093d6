package tally.client.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The servers this console trusts, like ssh's known_hosts: a small text file, one line a
 * server, {@code host:port} and the SHA-256 fingerprint of its certificate as keytool and
 * openssl print it, so that IT can compare the two by eye. Read again at every check, so that a
 * line IT removes takes effect without restarting the console.
 */
public final class KnownServers {
    /** A system property naming another file, e.g. for tests or a shared profile. */
    public static final String FILE_PROPERTY = "tally.known-servers";

    private static final String HEADER = """
            # Tally servers this console trusts: host:port and the SHA-256 fingerprint of the
            # server's certificate. Remove a server's line to be asked again on its next use.
            """;

    private final Path file;

    private KnownServers(Path file) {
        this.file = file;
    }

    /** {@code -Dtally.known-servers=FILE}, else {@code ~/.tally/known-servers}. */
    public static KnownServers atDefaultPlace() {
        String chosen = System.getProperty(FILE_PROPERTY);
        return in(chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".tally", "known-servers"));
    }

    public static KnownServers in(Path file) {
        return new KnownServers(file.toAbsolutePath().normalize());
    }

    /** How a server is named in the file: {@code host:port}, the port spelled out. */
    public static String nameOf(URI server) {
        int port = server.getPort() != -1 ? server.getPort()
                : "https".equals(server.getScheme()) ? 443 : 80;
        return server.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    public Path file() {
        return file;
    }

    /** The fingerprint trusted for this server, if any. */
    public Optional<String> fingerprintOf(String server) {
        return lines().stream().map(line -> line.trim().split("\\s+"))
                .filter(words -> words.length >= 2 && words[0].equals(server))
                .map(words -> words[1]).findFirst();
    }

    /** Trusts this fingerprint for the server from now on, in place of any other. */
    public synchronized void trust(String server, String fingerprint) {
        if (!fingerprint.matches("[0-9A-Fa-f:]+") || !server.matches("\\S+")) {
            throw new IllegalArgumentException("not a server and a fingerprint: " + server + " "
                    + fingerprint);
        }
        var kept = new ArrayList<String>();
        for (String line : lines()) {
            String[] words = line.trim().split("\\s+");
            if (!words[0].equals(server)) {
                kept.add(line);
            }
        }
        if (kept.isEmpty()) {
            kept.addAll(HEADER.lines().toList());
        }
        kept.add(server + " " + fingerprint);
        try {
            Files.createDirectories(file.getParent());
            Path next = Files.createTempFile(file.getParent(), file.getFileName().toString(),
                    ".new");
            Files.write(next, kept, StandardCharsets.UTF_8);
            // Whole or not at all: a console killed mid-write must not lose the other servers.
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
