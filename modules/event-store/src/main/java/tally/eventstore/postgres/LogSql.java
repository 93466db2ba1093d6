package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.events.StoredEvent;
import tally.eventstore.AppendResult;

/** The SQL of the shared log: the writer's, under the lock, and the readers'. */
final class LogSql {
    /** The advisory lock every node's batch holds from drawing its positions to its commit. */
    static final long LOG_LOCK = 0x74616c6c_79000001L;
    /** The channel of the doorbell between nodes: its payload is the new head position. */
    static final String CHANNEL = "tally_log";

    private static final String EVENT_COLUMNS =
            "position, stream, version, type, occurred_at, command_id, user_name, data";
    private static final String COMMAND_COLUMNS =
            "command_id, stream, version, position, fingerprint, user_name";

    private final EventJson json;

    LogSql(EventJson json) {
        this.json = json;
    }

    /** Waits for the log's lock, held until this transaction ends, and returns the head. */
    long lockAndReadHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, LOG_LOCK);
            ps.execute();
        }
        return head(c);
    }

    long head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position FROM events ORDER BY position DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Each stream's version and last position, by one index probe per stream. */
    Map<String, StreamHead> heads(Connection c, List<String> streams) throws SQLException {
        var heads = new HashMap<String, StreamHead>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s, h.version, h.position"
                + " FROM unnest(?::varchar[]) AS s CROSS JOIN LATERAL (SELECT version, position"
                + " FROM events WHERE stream = s ORDER BY version DESC LIMIT 1) h")) {
            ps.setArray(1, c.createArrayOf("varchar", streams.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new StreamHead(rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return heads;
    }

    /** The first answer of each id already recorded, by any node. */
    Map<String, AppendResult> commands(Connection c, List<String> ids) throws SQLException {
        var found = new HashMap<String, AppendResult>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMAND_COLUMNS
                + " FROM commands WHERE command_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new AppendResult(rs.getString(1), rs.getString(2),
                            rs.getLong(3), rs.getLong(4), false, rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return found;
    }

    void insert(Connection c, LockedBatch batch, Instant now) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (!batch.rows().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (position, stream,"
                    + " version, type, occurred_at, command_id, user_name, fingerprint, data)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LockedBatch.Row row : batch.rows()) {
                    ps.setLong(1, row.position());
                    ps.setString(2, row.stream());
                    ps.setLong(3, row.version());
                    ps.setString(4, row.type());
                    ps.setObject(5, at);
                    ps.setString(6, row.from().commandId());
                    ps.setString(7, row.from().user());
                    ps.setString(8, row.from().fingerprint());
                    ps.setString(9, row.data());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!batch.commands().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO commands ("
                    + COMMAND_COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AppendResult r : batch.commands()) {
                    ps.setString(1, r.commandId());
                    ps.setString(2, r.stream());
                    ps.setLong(3, r.version());
                    ps.setLong(4, r.position());
                    ps.setString(5, r.fingerprint());
                    ps.setString(6, r.user());
                    ps.setObject(7, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Rings every node's doorbell when this transaction commits, and only then. */
    void notifyNodes(Connection c, long head) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, Long.toString(head));
            ps.execute();
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

    private List<StoredEvent> eventsOf(PreparedStatement ps) throws SQLException {
        var events = new ArrayList<StoredEvent>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(4);
                events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), type,
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                        rs.getString(7), json.fromJson(type, rs.getString(8))));
            }
        }
        return events;
    }
}
