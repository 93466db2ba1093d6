package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;

/**
 * The SQL of {@link tally.eventstore.RawLogReader} on the shared log: rows as stored, nothing
 * decoded.
 *
 * <p>This log keeps a {@code commands} row for every command id, the H2 log only for the ids of
 * appends of nothing (it finds the others on their events). {@link #commands} answers what the
 * seam's contract names, the H2 meaning: only the ids that no event carries. An importer then
 * rebuilds the rows of the ids on events from the events themselves (as
 * {@link PostgresLogImport#finish} does), and an H2 importer gets no row it does not keep, so a
 * copy round-trips from either engine to either.
 */
final class RawRows {
    private RawRows() {
    }

    static List<RawEvent> events(Connection c, long after, long upTo, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position, stream, version, type,"
                + " occurred_at, command_id, user_name, fingerprint, data FROM events"
                + " WHERE position > ? AND position <= ? ORDER BY position LIMIT ?")) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            ps.setInt(3, limit);
            var rows = new ArrayList<RawEvent>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RawEvent(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        }
    }

    static List<RawCommand> commands(Connection c, long upTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT command_id, stream, version,"
                + " position, fingerprint, user_name, recorded_at FROM commands k"
                + " WHERE position <= ? AND NOT EXISTS (SELECT 1 FROM events e"
                + " WHERE e.command_id = k.command_id) ORDER BY position, command_id")) {
            ps.setLong(1, upTo);
            var rows = new ArrayList<RawCommand>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RawCommand(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        }
    }
}
