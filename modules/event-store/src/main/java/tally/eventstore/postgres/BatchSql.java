package tally.eventstore.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.eventstore.AppendResult;

/**
 * The SQL a batch runs while it holds the log's lock, in as few round trips as it can, since
 * every node waits for the lock meanwhile: one statement reads the head, the batch's streams and
 * its command ids; one writes its events and command ids (arrays, unnested) and sends the notice.
 * The lock itself must be its own statement before them: a statement sees what was committed when
 * it began, and only after the lock is taken has the last batch of every node committed.
 */
final class BatchSql {
    /** The log as every node left it, for the streams and ids of one batch. */
    record LogState(long head, Map<String, StreamHead> heads, Map<String, AppendResult> seen) {
    }

    private static final String READ = "SELECT 0, NULL, (SELECT position FROM events"
            + " ORDER BY position DESC LIMIT 1), NULL::bigint, NULL, NULL, NULL"
            + " UNION ALL SELECT 1, s, h.version, h.position, NULL, NULL, NULL"
            + " FROM unnest(?::varchar[]) AS s CROSS JOIN LATERAL (SELECT version, position"
            + " FROM events WHERE stream = s ORDER BY version DESC LIMIT 1) h"
            + " UNION ALL SELECT 2, command_id, version, position, stream, fingerprint, user_name"
            + " FROM commands WHERE command_id = ANY(?::varchar[])";

    private static final String WRITE = "WITH e AS (INSERT INTO events (position, stream,"
            + " version, type, occurred_at, command_id, user_name, fingerprint, data)"
            + " SELECT p, s, v, t, ?, c, u, f, d FROM unnest(?::bigint[], ?::varchar[],"
            + " ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[])"
            + " AS x(p, s, v, t, c, u, f, d)),"
            + " c AS (INSERT INTO commands (command_id, stream, version, position, fingerprint,"
            + " user_name, recorded_at) SELECT i, s, v, p, f, u, ? FROM unnest(?::varchar[],"
            + " ?::varchar[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[])"
            + " AS y(i, s, v, p, f, u))"
            + " SELECT pg_notify(?, ?) WHERE ?";

    private BatchSql() {
    }

    /** Waits for the log's lock, held until this transaction ends. */
    static void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, LogSql.LOG_LOCK);
            ps.execute();
        }
    }

    static LogState read(Connection c, List<String> streams, List<String> ids)
            throws SQLException {
        long head = 0;
        var heads = new HashMap<String, StreamHead>();
        var seen = new HashMap<String, AppendResult>();
        try (PreparedStatement ps = c.prepareStatement(READ)) {
            ps.setArray(1, c.createArrayOf("varchar", streams.toArray()));
            ps.setArray(2, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getInt(1)) {
                        case 0 -> head = rs.getLong(3);
                        case 1 -> heads.put(rs.getString(2),
                                new StreamHead(rs.getLong(3), rs.getLong(4)));
                        default -> seen.put(rs.getString(2), new AppendResult(rs.getString(2),
                                rs.getString(5), rs.getLong(3), rs.getLong(4), false,
                                rs.getString(6), rs.getString(7)));
                    }
                }
            }
        }
        return new LogState(head, heads, seen);
    }

    /** The batch's rows and ids, and the notice to every node if it moved the head. */
    static void write(Connection c, LockedBatch batch, Instant now, boolean notify)
            throws SQLException {
        List<LockedBatch.Row> rows = batch.rows();
        List<AppendResult> commands = batch.commands();
        int n = rows.size();
        var positions = new Long[n];
        var streams = new String[n];
        var versions = new Long[n];
        var types = new String[n];
        var ids = new String[n];
        var users = new String[n];
        var fingerprints = new String[n];
        var data = new String[n];
        for (int i = 0; i < n; i++) {
            LockedBatch.Row r = rows.get(i);
            positions[i] = r.position();
            streams[i] = r.stream();
            versions[i] = r.version();
            types[i] = r.type();
            ids[i] = r.from().commandId();
            users[i] = r.from().user();
            fingerprints[i] = r.from().fingerprint();
            data[i] = r.data();
        }
        try (PreparedStatement ps = c.prepareStatement(WRITE)) {
            var at = now.atOffset(ZoneOffset.UTC);
            int p = 1;
            ps.setObject(p++, at);
            for (Array a : List.of(array(c, "bigint", positions), array(c, "varchar", streams),
                    array(c, "bigint", versions), array(c, "varchar", types),
                    array(c, "varchar", ids), array(c, "varchar", users),
                    array(c, "varchar", fingerprints), array(c, "text", data))) {
                ps.setArray(p++, a);
            }
            ps.setObject(p++, at);
            for (Array a : commandArrays(c, commands)) {
                ps.setArray(p++, a);
            }
            ps.setString(p++, LogSql.CHANNEL);
            ps.setString(p++, Long.toString(batch.lastPosition()));
            ps.setBoolean(p, notify);
            ps.execute();
        }
    }

    private static List<Array> commandArrays(Connection c, List<AppendResult> commands)
            throws SQLException {
        int n = commands.size();
        var ids = new String[n];
        var streams = new String[n];
        var versions = new Long[n];
        var positions = new Long[n];
        var fingerprints = new String[n];
        var users = new String[n];
        for (int i = 0; i < n; i++) {
            AppendResult r = commands.get(i);
            ids[i] = r.commandId();
            streams[i] = r.stream();
            versions[i] = r.version();
            positions[i] = r.position();
            fingerprints[i] = r.fingerprint();
            users[i] = r.user();
        }
        return List.of(array(c, "varchar", ids), array(c, "varchar", streams),
                array(c, "bigint", versions), array(c, "bigint", positions),
                array(c, "varchar", fingerprints), array(c, "varchar", users));
    }

    private static Array array(Connection c, String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }
}
