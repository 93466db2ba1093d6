package tally.server.backup;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.users.StoredUser;

/**
 * Reads a backup back, entry by entry in the order {@link BackupWriter} wrote them, and hands
 * its rows on. Anything that does not add up (a CRC that does not match, a file cut short, a
 * line that is not a row, a gap in the positions, counts other than the manifest's, no
 * manifest) is a {@link DamagedBackup}; the caller then throws away what it built.
 */
public final class BackupReader {
    private static final int BATCH = 2_000;
    private static final List<String> ENTRIES = List.of(BackupWriter.EVENTS,
            BackupWriter.COMMANDS, BackupWriter.USERS, BackupManifest.NAME);

    /** Where the rows go: a restore's new log and users, or nowhere for a check. */
    public interface Rows {
        void events(List<RawEvent> batch);

        void commands(List<RawCommand> batch);

        void user(StoredUser user);
    }

    private BackupReader() {
    }

    /**
     * Reads the backup file whole; returns its manifest once every row was handed on. First
     * its end: a zip cut short loses the directory at its end, however much of the rows came.
     */
    public static BackupManifest read(Path file, Rows rows) {
        try (var zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            if (!names.equals(ENTRIES)) {
                throw new DamagedBackup("it holds " + names + " where " + ENTRIES + " were due");
            }
        } catch (IOException e) {
            throw new DamagedBackup("it is not a whole zip file (" + e.getMessage() + ")");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, rows);
        } catch (IOException e) {
            throw new DamagedBackup("it cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a backup as it comes; returns its manifest once every row was handed on. */
    public static BackupManifest read(InputStream in, Rows rows) {
        try (var zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            long[] last = {0};
            long events = entry(zip, BackupWriter.EVENTS, batchOf(n -> {
                RawEvent e = BackupRows.event(n);
                if (e.position() != last[0] + 1) {
                    throw new IllegalArgumentException("event " + e.position() + " where "
                            + (last[0] + 1) + " was due");
                }
                last[0] = e.position();
                return e;
            }, rows::events));
            long commands = entry(zip, BackupWriter.COMMANDS,
                    batchOf(BackupRows::command, rows::commands));
            long users = entry(zip, BackupWriter.USERS, node -> {
                rows.user(BackupRows.user(node));
                return () -> { };
            });
            List<JsonNode> manifestLines = new ArrayList<>();
            entry(zip, BackupManifest.NAME, node -> {
                manifestLines.add(node);
                return () -> { };
            });
            if (manifestLines.size() != 1) {
                throw new DamagedBackup("its manifest is not one line");
            }
            BackupManifest manifest = BackupManifest.of(manifestLines.getFirst());
            if (manifest.events() != events || manifest.head() != last[0]
                    || manifest.commands() != commands || manifest.users() != users) {
                throw new DamagedBackup("it holds " + events + " events up to " + last[0] + ", "
                        + commands + " command ids and " + users + " users where its manifest"
                        + " says " + manifest.events() + " up to " + manifest.head() + ", "
                        + manifest.commands() + " and " + manifest.users());
            }
            return manifest;
        } catch (IOException e) {
            throw new DamagedBackup("it is not a whole zip file (" + e.getMessage() + ")");
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new DamagedBackup("a row is not as written (" + e.getMessage() + ")");
        }
    }

    /** What one line becomes; the flush, run after the last line, hands on what is pending. */
    private interface LineSink {
        Runnable take(JsonNode line);
    }

    private static <T> LineSink batchOf(java.util.function.Function<JsonNode, T> parse,
                                        Consumer<List<T>> hand) {
        var pending = new ArrayList<T>(BATCH);
        return line -> {
            pending.add(parse.apply(line));
            if (pending.size() >= BATCH) {
                hand.accept(List.copyOf(pending));
                pending.clear();
            }
            return () -> {
                if (!pending.isEmpty()) {
                    hand.accept(List.copyOf(pending));
                    pending.clear();
                }
            };
        };
    }

    private static long entry(ZipInputStream zip, String name, LineSink sink) throws IOException {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals(name)) {
            throw new DamagedBackup(entry == null ? "it ends before its " + name
                    : "it has " + entry.getName() + " where " + name + " was due");
        }
        var lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
        long count = 0;
        Runnable flush = () -> { };
        for (String line; (line = lines.readLine()) != null; ) {
            JsonNode node;
            try {
                node = BackupRows.JSON.readTree(line);
            } catch (JacksonException e) {
                throw new DamagedBackup("line " + (count + 1) + " of " + name + " is not JSON");
            }
            flush = sink.take(node);
            count++;
        }
        flush.run();
        return count;
    }
}
