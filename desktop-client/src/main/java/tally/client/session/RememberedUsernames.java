package tally.client.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link UsernameMemory} in a small file, {@code console.properties} in the console's folder
 * ({@code ~/.tally}, or the folder the system property {@code tally.home} names): one line
 * {@code last-username.SERVER=NAME} per server. Written to a temporary file and moved into
 * place, so that a console killed while writing leaves the old file whole.
 */
public final class RememberedUsernames implements UsernameMemory {
    private static final String KEY = "last-username.";

    private final Path file;

    public RememberedUsernames(Path file) {
        this.file = file;
    }

    /** The file in the console's folder: {@code tally.home}, else {@code ~/.tally}. */
    public static RememberedUsernames inConsoleFolder() {
        String home = System.getProperty("tally.home");
        Path folder = home != null ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".tally");
        return new RememberedUsernames(folder.resolve("console.properties"));
    }

    @Override
    public synchronized Optional<String> recall(URI server) {
        return Optional.ofNullable(load().getProperty(KEY + server));
    }

    @Override
    public synchronized void remember(URI server, String username) {
        Properties all = load();
        all.setProperty(KEY + server, username);
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            try (OutputStream out = Files.newOutputStream(next)) {
                all.store(out, "Tally console: the last user name per server (never a password)");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Properties load() {
        var all = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                all.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable file only costs typing the name again.
                return new Properties();
            }
        }
        return all;
    }
}
