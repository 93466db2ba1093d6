package tally.eventstore.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.h2.journal.BatchRows;

/**
 * The SQL of the log's writes and of the lookups they depend on; {@link LogReads} has the
 * readers' SQL. A command id, its fingerprint and its user live on the events its append
 * recorded, or, for an append of nothing, in {@code commands} (see V2__command_ids_on_events.sql
 * and V3__user_on_events.sql).
 */
final class LogTables {
    // The column widths of the migrations: a longer value is refused before it joins a batch.
    private static final int MAX_STREAM = 100;
    private static final int MAX_COMMAND_ID = 64;
    private static final int MAX_USER = 64;
    private static final int MAX_FINGERPRINT = 128;
    private static final String COMMAND_COLUMNS =
            "command_id, stream, version, position, fingerprint, user_name";

    private final EventCodec codec;

    LogTables(EventCodec codec) {
        this.codec = codec;
    }

    /** Refuses what the tables cannot hold, with the caller's mistake named. */
    void check(AppendRequest r) {
        requireLength("stream", r.stream(), MAX_STREAM);
        requireLength("commandId", r.commandId(), MAX_COMMAND_ID);
        requireLength("user", r.user(), MAX_USER);
        requireLength("fingerprint", r.fingerprint(), MAX_FINGERPRINT);
    }

    List<String> encode(List<TallyEvent> events) {
        var data = new ArrayList<String>(events.size());
        for (TallyEvent e : events) {
            data.add(codec.toJson(e));
        }
        return data;
    }

    long headPosition(PreparedConnection c) throws SQLException {
        try (Statement s = c.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(position), 0) FROM events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean hasPosition(PreparedConnection c, long position) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT 1 FROM events WHERE position = ?");
        ps.setLong(1, position);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    long countFrom(PreparedConnection c, long position) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT COUNT(*) FROM events WHERE position >= ?");
        ps.setLong(1, position);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    StreamHead streamHead(PreparedConnection c, String stream) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT version, position FROM events"
                + " WHERE stream = ? ORDER BY version DESC LIMIT 1");
        ps.setString(1, stream);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new StreamHead(rs.getLong(1), rs.getLong(2))
                    : StreamHead.EMPTY;
        }
    }

    /** The first answer of each id already recorded; an id's last event carries it. */
    Map<String, AppendResult> findCommands(PreparedConnection c, List<String> ids)
            throws SQLException {
        var found = new HashMap<String, AppendResult>();
        if (ids.isEmpty()) {
            return found;
        }
        String[] idArray = ids.toArray(new String[0]);
        collect(c, "SELECT " + COMMAND_COLUMNS + " FROM events WHERE command_id = ANY(?)",
                idArray, found);
        if (found.size() < ids.size()) {
            collect(c, "SELECT " + COMMAND_COLUMNS + " FROM commands WHERE command_id = ANY(?)",
                    idArray, found);
        }
        return found;
    }

    void insert(PreparedConnection c, BatchRows batch) throws SQLException {
        OffsetDateTime at = batch.at().atOffset(ZoneOffset.UTC);
        if (!batch.events().isEmpty()) {
            PreparedStatement ps = c.prepare("INSERT INTO events (position, stream,"
                    + " version, type, occurred_at, command_id, user_name, fingerprint, data)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (BatchRows.EventRow row : batch.events()) {
                ps.setLong(1, row.position());
                ps.setString(2, row.stream());
                ps.setLong(3, row.version());
                ps.setString(4, row.type());
                ps.setObject(5, at);
                ps.setString(6, row.commandId());
                ps.setString(7, row.user());
                ps.setString(8, row.fingerprint());
                ps.setString(9, row.data());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!batch.commands().isEmpty()) {
            PreparedStatement ps = c.prepare("INSERT INTO commands ("
                    + COMMAND_COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
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

    private static void collect(PreparedConnection c, String sql, String[] ids,
                                Map<String, AppendResult> found) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        ps.setObject(1, ids);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                var r = new AppendResult(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), false, rs.getString(5), rs.getString(6));
                found.merge(r.commandId(), r,
                        (a, b) -> a.position() >= b.position() ? a : b);
            }
        }
    }

    private static void requireLength(String name, String value, int max) {
        if (value != null && (value.isEmpty() || value.length() > max)) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }
}
