package tally.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogImporter;
import tally.users.StoredUser;
import tally.users.h2.H2UserStore;

/**
 * Puts a backup into an empty or missing folder, its log made by {@code newLog} (the engine's
 * importer, from the factory that chooses the engine). The site is built in a folder of its own
 * beside the target and moved in only once the whole file has been read and checked: a damaged
 * backup leaves the target as it was, with no half site in it. The read models are not in a
 * backup; the restored site builds them from its log at its first start.
 */
public final class Restore {
    private Restore() {
    }

    /** The manifest of what was restored; {@link DamagedBackup} or {@link SiteInTheWay} if not. */
    public static BackupManifest into(Path backup, Path target,
                                      Function<Path, RawLogImporter> newLog) {
        Path folder = target.toAbsolutePath().normalize();
        refuseASite(folder);
        Path building = folder.resolveSibling("." + folder.getFileName() + ".restoring-"
                + UUID.randomUUID().toString().substring(0, 8));
        boolean done = false;
        try {
            Files.createDirectories(building);
            BackupManifest manifest;
            try (RawLogImporter log = newLog.apply(building);
                 H2UserStore users = H2UserStore.open(building)) {
                manifest = BackupReader.read(backup, new BackupReader.Rows() {
                    @Override
                    public void events(List<RawEvent> batch) {
                        log.add(batch);
                    }

                    @Override
                    public void commands(List<RawCommand> batch) {
                        log.addCommands(batch);
                    }

                    @Override
                    public void user(StoredUser user) {
                        if (!users.insert(user, java.time.Instant.now())) {
                            throw new DamagedBackup("it names the user " + user.username()
                                    + " twice");
                        }
                    }
                });
                log.finish();
            }
            moveIn(building, folder);
            done = true;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } finally {
            if (!done) {
                deleteTree(building);
            }
        }
    }

    /** A folder that holds anything is refused untouched: it may be a site, or someone's files. */
    static void refuseASite(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new SiteInTheWay(folder + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().limit(3)
                    .toList();
            if (!names.isEmpty()) {
                throw new SiteInTheWay(folder + " is not empty (" + String.join(", ", names)
                        + (names.size() == 3 ? ", ..." : "") + "): a restore goes into an empty"
                        + " or new folder only, and changed nothing there");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void moveIn(Path building, Path folder) throws IOException {
        if (!Files.exists(folder)) {
            Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        refuseASite(folder); // someone may have put something there meanwhile
        try (Stream<Path> files = Files.list(building)) {
            for (Path f : files.toList()) {
                Files.move(f, folder.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(building);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the user to remove; its name starts with a dot and says what it was
        }
    }
}
