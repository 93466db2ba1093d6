package tally.server.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogReader;
import tally.users.StoredUser;
import tally.users.UserStore;

/**
 * Writes a backup: a zip of JSON lines, events up to a head read once, then the command ids
 * recorded without events, the users, and last the manifest. The log is read page by page
 * beside the writer, which goes on appending after the head: rows up to it never change.
 */
public final class BackupWriter {
    static final String EVENTS = "events.jsonl";
    static final String COMMANDS = "commands.jsonl";
    static final String USERS = "users.jsonl";
    private static final int PAGE = 2_000;

    private BackupWriter() {
    }

    /** Writes the whole backup to {@code out}, and closes it. */
    public static BackupManifest write(RawLogReader log, UserStore users, OutputStream out,
                                       Instant now) throws IOException {
        long head = log.headPosition();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(EVENTS));
            long events = 0;
            long after = 0;
            for (List<RawEvent> page; !(page = log.rawEvents(after, head, PAGE)).isEmpty(); ) {
                for (RawEvent e : page) {
                    line(zip, BackupRows.of(e));
                }
                events += page.size();
                after = page.getLast().position();
            }
            if (after != head) {
                throw new IOException("the log ended at " + after + " before its head " + head);
            }
            zip.putNextEntry(new ZipEntry(COMMANDS));
            List<RawCommand> commands = log.rawCommands(head);
            for (RawCommand c : commands) {
                line(zip, BackupRows.of(c));
            }
            zip.putNextEntry(new ZipEntry(USERS));
            List<StoredUser> all = users.users();
            for (StoredUser u : all) {
                line(zip, BackupRows.of(u));
            }
            var manifest = new BackupManifest(BackupManifest.FORMAT, head, events,
                    commands.size(), all.size(), now);
            zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
            line(zip, manifest.json());
            zip.closeEntry();
            return manifest;
        }
    }

    private static void line(OutputStream out, JsonNode row) throws IOException {
        out.write(BackupRows.JSON.writeValueAsBytes(row));
        out.write('\n');
    }
}
