package tally.server.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumSet;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.users.Role;
import tally.users.StoredUser;
import tally.users.UserAccount;

/**
 * One backup line per row, as JSON (docs/backups.md, "The file"). An event's data stays the
 * string the log stored, not parsed: the restored log holds the same bytes.
 */
final class BackupRows {
    static final ObjectMapper JSON = new ObjectMapper();

    private BackupRows() {
    }

    static ObjectNode of(RawEvent e) {
        return JSON.createObjectNode().put("position", e.position()).put("stream", e.stream())
                .put("version", e.version()).put("type", e.type())
                .put("occurredAt", e.occurredAt().toString()).put("commandId", e.commandId())
                .put("user", e.user()).put("fingerprint", e.fingerprint()).put("data", e.data());
    }

    static RawEvent event(JsonNode n) {
        return new RawEvent(number(n, "position"), text(n, "stream"), number(n, "version"),
                text(n, "type"), Instant.parse(text(n, "occurredAt")), orNull(n, "commandId"),
                orNull(n, "user"), orNull(n, "fingerprint"), text(n, "data"));
    }

    static ObjectNode of(RawCommand c) {
        return JSON.createObjectNode().put("commandId", c.commandId()).put("stream", c.stream())
                .put("version", c.version()).put("position", c.position())
                .put("fingerprint", c.fingerprint()).put("user", c.user())
                .put("recordedAt", c.recordedAt().toString());
    }

    static RawCommand command(JsonNode n) {
        return new RawCommand(text(n, "commandId"), text(n, "stream"), number(n, "version"),
                number(n, "position"), orNull(n, "fingerprint"), orNull(n, "user"),
                Instant.parse(text(n, "recordedAt")));
    }

    static ObjectNode of(StoredUser u) {
        ObjectNode n = JSON.createObjectNode().put("username", u.username())
                .put("displayName", u.account().displayName())
                .put("enabled", u.account().enabled()).put("passwordHash", u.passwordHash());
        ArrayNode roles = n.putArray("roles");
        u.account().roles().stream().sorted().forEach(r -> roles.add(r.wireName()));
        return n;
    }

    static StoredUser user(JsonNode n) {
        var roles = EnumSet.noneOf(Role.class);
        for (JsonNode r : n.path("roles")) {
            roles.add(Role.ofWireName(r.asText()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown role '" + r.asText() + "'")));
        }
        if (!n.path("enabled").isBoolean()) {
            throw new IllegalArgumentException("no 'enabled'");
        }
        return new StoredUser(new UserAccount(text(n, "username"), text(n, "displayName"), roles,
                n.get("enabled").booleanValue()), text(n, "passwordHash"));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no '" + field + "'");
        }
        return v.textValue();
    }

    static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToExactIntegral()) {
            throw new IllegalArgumentException("no '" + field + "'");
        }
        return v.longValue();
    }

    private static String orNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : text(n, field);
    }
}
