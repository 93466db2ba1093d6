package tally.query.engine.checkpoints;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Each read model's checkpoint, as its runner reads and moves it: the position up to which its
 * rows have applied the log (the queries read it through {@link CheckpointRepository}).
 */
public final class ReadModelCheckpoints {
    private ReadModelCheckpoints() {
    }

    public static long load(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position FROM checkpoints WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Called in the same transaction as the rows it vouches for. */
    public static void save(Connection c, String name, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO checkpoints (name, position) KEY (name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, position);
            ps.executeUpdate();
        }
    }
}
