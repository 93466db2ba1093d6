package tally.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogReader;
import tally.server.backup.BackupKeyFile;
import tally.server.backup.BackupManifest;
import tally.server.backup.BackupReader;
import tally.server.backup.BackupWriter;
import tally.server.backup.DamagedBackup;
import tally.server.backup.Restore;
import tally.server.backup.SiteInTheWay;
import tally.users.StoredUser;
import tally.users.h2.H2UserStore;

/**
 * {@code backup --data DIR --to FILE} and {@code restore FILE --data DIR} (docs/api.md,
 * "Backups"). A backup of a folder a running server holds asks that server, through the address
 * and key it left in {@code backup.key}; of a stopped site's folder, it opens the files itself.
 * Either way the file is checked whole before it takes FILE's name.
 */
final class BackupCommands {
    static final String BACKUP_USAGE = "usage: java -jar tally.jar backup --data DIR --to FILE";
    static final String RESTORE_USAGE = "usage: java -jar tally.jar restore FILE --data DIR";

    private BackupCommands() {
    }

    static int backup(String[] args, PrintStream out, PrintStream err) {
        Path data = null;
        Path to = null;
        for (int i = 1; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> data = value == null ? null : Path.of(value);
                case "--to" -> to = value == null ? null : Path.of(value);
                default -> {
                    return usage(err, "unknown option '" + args[i] + "'", BACKUP_USAGE);
                }
            }
        }
        if (data == null || to == null) {
            return usage(err, "backup needs --data DIR and --to FILE", BACKUP_USAGE);
        }
        if (!Files.isRegularFile(data.resolve("events.mv.db"))) {
            err.println("tally: there is no Tally site in " + data.toAbsolutePath().normalize()
                    + " (no events.mv.db)");
            return 1;
        }
        Path part = to.toAbsolutePath().resolveSibling(to.getFileName() + ".part");
        try {
            String how = write(data, part);
            BackupManifest m = check(part);
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING);
            out.println("backed up " + m.events() + " events (positions 1 to " + m.head()
                    + "), " + m.commands() + " command ids without events and " + m.users()
                    + " users of " + data.toAbsolutePath().normalize() + ", " + how + ", to "
                    + to.toAbsolutePath().normalize());
            return 0;
        } catch (IllegalStateException | IOException | UncheckedIOException | DamagedBackup e) {
            deleteQuietly(part);
            err.println("tally: no backup made: " + e.getMessage());
            return 1;
        }
    }

    static int restore(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Path data = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--data")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--data needs a value", RESTORE_USAGE);
                }
                data = Path.of(args[++i]);
            } else if (args[i].startsWith("-") || file != null) {
                return usage(err, "unknown argument '" + args[i] + "'", RESTORE_USAGE);
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null || data == null) {
            return usage(err, "restore needs a backup FILE and --data DIR", RESTORE_USAGE);
        }
        if (!Files.isRegularFile(file)) {
            err.println("tally: there is no backup file " + file.toAbsolutePath().normalize());
            return 1;
        }
        try {
            BackupManifest m = Restore.into(file, data, EventStoreFactory::logImport);
            out.println("restored " + m.events() + " events (positions 1 to " + m.head() + ")"
                    + " and " + m.users() + " users, backed up at " + m.madeAt() + ", into "
                    + data.toAbsolutePath().normalize() + "; its first start builds the read"
                    + " models from the log");
            return 0;
        } catch (SiteInTheWay e) {
            err.println("tally: not restored: " + e.getMessage());
            return 1;
        } catch (DamagedBackup e) {
            err.println("tally: the backup " + file.toAbsolutePath().normalize() + " cannot be"
                    + " restored: " + e.getMessage() + "; nothing was restored");
            return 1;
        } catch (RuntimeException e) {
            err.println("tally: not restored: " + e.getMessage());
            return 1;
        }
    }

    /** Writes the backup of {@code data} to {@code part}; says how it was taken. */
    private static String write(Path data, Path part) throws IOException {
        DataFolderLock lock;
        try {
            lock = DataFolderLock.acquire(data);
        } catch (IllegalStateException held) {
            var running = BackupKeyFile.read(data).orElseThrow(() -> new IllegalStateException(
                    held.getMessage().split(";")[0] + ", and it left no backup.key there"
                            + " (still starting? try again once it listens)"));
            fromServer(running, part);
            return "from the server running at " + running.url();
        }
        try (lock;
             var log = EventStoreFactory.openLog(data);
             var users = H2UserStore.open(data);
             OutputStream out = Files.newOutputStream(part)) {
            BackupWriter.write((RawLogReader) log, users, out, Instant.now());
        }
        return "with the server stopped";
    }

    private static void fromServer(BackupKeyFile.Entry server, Path part) throws IOException {
        var request = HttpRequest.newBuilder(server.url().resolve("/api/backup"))
                .header("Authorization", "Bearer " + server.key()).GET().build();
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<Path> answer = client.send(request,
                    HttpResponse.BodyHandlers.ofFile(part));
            if (answer.statusCode() != 200) {
                String body = Files.readString(part).lines().findFirst().orElse("");
                throw new IllegalStateException("the server at " + server.url() + " answered "
                        + answer.statusCode() + " " + body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (javax.net.ssl.SSLException e) {
            throw new IllegalStateException("the server at " + server.url() + " serves HTTPS"
                    + " with a certificate this Java does not trust (" + e.getMessage() + "); a"
                    + " backup while it runs needs its certificate in Java's trust store, or"
                    + " take the backup with the server stopped");
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("the data folder is locked, but no server answers at "
                    + server.url() + " (" + e.getMessage() + ")");
        }
    }

    /** Reads the file back whole, as a restore would, keeping nothing. */
    private static BackupManifest check(Path file) {
        return BackupReader.read(file, new BackupReader.Rows() {
            @Override
            public void events(List<RawEvent> batch) {
            }

            @Override
            public void commands(List<RawCommand> batch) {
            }

            @Override
            public void user(StoredUser user) {
            }
        });
    }

    private static int usage(PrintStream err, String problem, String usage) {
        err.println("tally: " + problem);
        err.println(usage);
        return 2;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the .part name says what it is
        }
    }
}
