package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.events.StoredEvent;
import tally.eventstore.AppendResult;
import tally.eventstore.codec.EventCodec;

/**
 * The SQL of the shared log's readers, and the names every node agrees on; the writer's SQL is
 * {@link BatchSql}.
 */
final class LogSql {
    /** The advisory lock every node's batch holds from drawing its positions to its commit. */
    static final long LOG_LOCK = 0x74616c6c_79000001L;
    /** The channel of the doorbell between nodes: its payload is the new head position. */
    static final String CHANNEL = "tally_log";

    private static final String EVENT_COLUMNS =
            "position, stream, version, type, occurred_at, command_id, user_name, data";
    private static final String COMMAND_COLUMNS =
            "command_id, stream, version, position, fingerprint, user_name";

    private final EventCodec codec;

    LogSql(EventCodec codec) {
        this.codec = codec;
    }

    long head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position FROM events ORDER BY position DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
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
                        rs.getString(7), codec.fromJson(type, rs.getString(8))));
            }
        }
        return events;
    }
}
