package tally.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.eventstore.StreamHeads.Head;

/** The SQL of the log: the only class that knows its tables. */
final class LogTables {
    private static final String EVENT_COLUMNS =
            "position, stream, version, type, occurred_at, command_id, data";
    private static final String COMMAND_COLUMNS =
            "command_id, stream, version, position, fingerprint";

    // The column widths of V1__event_log.sql: a longer value is refused before it reaches a batch.
    private static final int MAX_STREAM = 100;
    private static final int MAX_COMMAND_ID = 64;
    private static final int MAX_FINGERPRINT = 128;

    private final EventCodec codec = new EventCodec();

    /** Refuses what the tables cannot hold, with the caller's mistake named. */
    void check(AppendRequest r) {
        requireLength("stream", r.stream(), MAX_STREAM);
        requireLength("commandId", r.commandId(), MAX_COMMAND_ID);
        requireLength("fingerprint", r.fingerprint(), MAX_FINGERPRINT);
    }

    List<String> encode(List<InventoryEvent> events) {
        var data = new ArrayList<String>(events.size());
        for (InventoryEvent e : events) {
            data.add(codec.toJson(e));
        }
        return data;
    }

    long headPosition(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(position), 0) FROM events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Head streamHead(Connection c, String stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, position FROM events"
                + " WHERE stream = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getLong(2)) : Head.EMPTY;
            }
        }
    }

    Map<String, AppendResult> findCommands(Connection c, List<String> ids) throws SQLException {
        var found = new HashMap<String, AppendResult>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMAND_COLUMNS
                + " FROM commands WHERE command_id = ANY(?)")) {
            ps.setObject(1, ids.toArray(new String[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AppendResult r = commandOf(rs);
                    found.put(r.commandId(), r);
                }
            }
        }
        return found;
    }

    void insert(Connection c, BatchPlan plan, Instant now) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (" + EVENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (BatchPlan.EventRow row : plan.rows()) {
                ps.setLong(1, row.position());
                ps.setString(2, row.stream());
                ps.setLong(3, row.version());
                ps.setString(4, row.type());
                ps.setObject(5, at);
                ps.setString(6, row.commandId());
                ps.setString(7, row.data());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO commands (" + COMMAND_COLUMNS
                + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AppendResult r : plan.commandRows()) {
                ps.setString(1, r.commandId());
                ps.setString(2, r.stream());
                ps.setLong(3, r.version());
                ps.setLong(4, r.position());
                ps.setString(5, r.fingerprint());
                ps.setObject(6, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Forces what is committed to the platter, not just to the operating system. */
    void syncToDisk(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    List<StoredEvent> readStream(Connection c, String stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM events WHERE stream = ? ORDER BY version")) {
            ps.setString(1, stream);
            return eventsOf(ps);
        }
    }

    List<StoredEvent> readAll(Connection c, long after, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM events WHERE position > ? ORDER BY position LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, limit);
            return eventsOf(ps);
        }
    }

    AppendResult findCommand(Connection c, String id) throws SQLException {
        return findCommands(c, List.of(id)).get(id);
    }

    private List<StoredEvent> eventsOf(PreparedStatement ps) throws SQLException {
        var events = new ArrayList<StoredEvent>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(4);
                events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), type,
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                        codec.fromJson(type, rs.getString(7))));
            }
        }
        return events;
    }

    private static void requireLength(String name, String value, int max) {
        if (value != null && (value.isEmpty() || value.length() > max)) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }

    private static AppendResult commandOf(ResultSet rs) throws SQLException {
        return new AppendResult(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                false, rs.getString(5));
    }
}
