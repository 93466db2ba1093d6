package tally.eventstore.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;

/** The SQL of {@link tally.eventstore.RawLogReader}: the log's rows as stored, nothing decoded. */
final class RawReads {
    private RawReads() {
    }

    static List<RawEvent> events(PreparedConnection c, long after, long upTo, int limit)
            throws SQLException {
        PreparedStatement ps = c.prepare("SELECT position, stream, version, type, occurred_at,"
                + " command_id, user_name, fingerprint, data FROM events"
                + " WHERE position > ? AND position <= ? ORDER BY position LIMIT ?");
        ps.setLong(1, after);
        ps.setLong(2, upTo);
        ps.setInt(3, limit);
        var rows = new ArrayList<RawEvent>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new RawEvent(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getObject(5, Instant.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        return rows;
    }

    static List<RawCommand> commands(PreparedConnection c, long upTo) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT command_id, stream, version, position,"
                + " fingerprint, user_name, recorded_at FROM commands WHERE position <= ?"
                + " ORDER BY position, command_id");
        ps.setLong(1, upTo);
        var rows = new ArrayList<RawCommand>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new RawCommand(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, Instant.class)));
            }
        }
        return rows;
    }
}
