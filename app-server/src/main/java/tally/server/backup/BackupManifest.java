package tally.server.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The backup file's last entry: what it holds, so that a restore can tell a whole file from one
 * cut short (a truncated zip ends before it) or one whose entries do not add up.
 *
 * @param head the last position of the log it holds; its events are 1 to head, without a gap
 */
public record BackupManifest(int format, long head, long events, long commands, long users,
                             Instant madeAt) {
    static final String NAME = "manifest.json";
    static final String KIND = "tally-backup";
    /** The format this version writes and reads; a later one is refused, not misread. */
    static final int FORMAT = 1;

    ObjectNode json() {
        return BackupRows.JSON.createObjectNode().put("kind", KIND).put("format", format)
                .put("head", head).put("events", events).put("commands", commands)
                .put("users", users).put("madeAt", madeAt.toString());
    }

    static BackupManifest of(JsonNode n) {
        if (!KIND.equals(n.path("kind").asText())) {
            throw new IllegalArgumentException("its manifest is not a Tally backup's");
        }
        long format = BackupRows.number(n, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("it is in format " + format + ", and this version"
                    + " of Tally reads format " + FORMAT + " only");
        }
        return new BackupManifest(FORMAT, BackupRows.number(n, "head"),
                BackupRows.number(n, "events"), BackupRows.number(n, "commands"),
                BackupRows.number(n, "users"), Instant.parse(BackupRows.text(n, "madeAt")));
    }
}
