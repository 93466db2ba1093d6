package tally.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The file {@code backup.key} of a running server's data folder: its address and this run's key
 * ({@link BackupKey}). Written whole (a new file moved over the old), owner-only where the file
 * system has POSIX permissions; on others the folder's own permissions keep it.
 */
public final class BackupKeyFile {
    static final String NAME = "backup.key";

    /** A running server's address and key, as read from its data folder. */
    public record Entry(URI url, String key) {
        @Override
        public String toString() {
            return "Entry[" + url + "]"; // the key stays out of any message
        }
    }

    private BackupKeyFile() {
    }

    /** What the server of {@code dataFolder} wrote, if it did. */
    public static Optional<Entry> read(Path dataFolder) {
        Path file = dataFolder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var props = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String url = props.getProperty("url");
        String key = props.getProperty("key");
        return url == null || key == null ? Optional.empty()
                : Optional.of(new Entry(URI.create(url), key));
    }

    static void write(Path file, String url, String key) {
        Path fresh = file.resolveSibling(NAME + ".new");
        try {
            Files.deleteIfExists(fresh);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(fresh, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(fresh, List.of("# the running server's address and key for 'tally.jar"
                    + " backup'; made at each start", "url=" + url, "key=" + key),
                    StandardCharsets.UTF_8);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start writes a new one over it
        }
    }
}
