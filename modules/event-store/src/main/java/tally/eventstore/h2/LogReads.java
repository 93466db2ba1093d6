package tally.eventstore.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tally.events.StoredEvent;
import tally.eventstore.AppendResult;
import tally.eventstore.codec.EventCodec;

/**
 * The SQL of the log's readers. Each read stops at {@code head}, the last confirmed position:
 * what the writer has committed but not yet put in the file is nobody's business yet.
 */
final class LogReads {
    private static final String EVENT_COLUMNS =
            "position, stream, version, type, occurred_at, command_id, user_name, data";

    private final EventCodec codec;
    private final LogTables tables;

    LogReads(EventCodec codec, LogTables tables) {
        this.codec = codec;
        this.tables = tables;
    }

    List<StoredEvent> readStream(PreparedConnection c, String stream, long head)
            throws SQLException {
        PreparedStatement ps = c.prepare("SELECT " + EVENT_COLUMNS
                + " FROM events WHERE stream = ? AND position <= ? ORDER BY version");
        ps.setString(1, stream);
        ps.setLong(2, head);
        return eventsOf(ps);
    }

    List<StoredEvent> readAll(PreparedConnection c, long after, long head, int limit)
            throws SQLException {
        PreparedStatement ps = c.prepare("SELECT " + EVENT_COLUMNS
                + " FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?");
        ps.setLong(1, after);
        ps.setLong(2, head);
        ps.setInt(3, limit);
        return eventsOf(ps);
    }

    Optional<AppendResult> findCommand(PreparedConnection c, String id) throws SQLException {
        return Optional.ofNullable(tables.findCommands(c, List.of(id)).get(id));
    }

    private List<StoredEvent> eventsOf(PreparedStatement ps) throws SQLException {
        var events = new ArrayList<StoredEvent>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(4);
                events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), type,
                        rs.getObject(5, Instant.class), rs.getString(6), rs.getString(7),
                        codec.fromJson(type, rs.getString(8))));
            }
        }
        return events;
    }
}
