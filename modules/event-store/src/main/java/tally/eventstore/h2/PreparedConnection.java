package tally.eventstore.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A connection that keeps its prepared statements. The log's SQL is a handful of statements run
 * over and over, and preparing the page query again for every page was 8% of reading the log
 * back. Used by one thread at a time.
 */
final class PreparedConnection implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    PreparedConnection(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, prepared on first use; the caller does not close it. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        connection.close(); // closes its statements too
    }
}
