package tally.allocation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The allocation's own small H2 database, {@code allocation} in the data folder, with its own
 * migrations ({@code db/allocation}): its checkpoint and its open orders' lines, saved together
 * in one transaction. Its own, not the query module's views database: the allocation must not
 * depend on the read side, and a rebuild of a read model must not touch it. Used by the
 * allocation's one thread only, over one connection.
 *
 * <p>{@code WRITE_DELAY=0}: a saved state reaches the file at once, so a restart replays at most
 * the event under way. Correctness does not hang on it: a state lost in a crash is the state of
 * an earlier position, and replaying from there repeats no command (see {@link Reactions}).
 */
class AllocationDatabase implements AutoCloseable {
    private final Connection connection;

    AllocationDatabase(Path dataDir) {
        var source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("allocation")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        source.setUser("tally");
        try {
            this.connection = source.getConnection();
            Flyway.configure().dataSource(source).locations("classpath:db/allocation")
                    .table("allocation_schema_history").load().migrate();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the allocation's database in "
                    + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Fills {@code state} with what was saved; answers the saved checkpoint. */
    long load(AllocationState state) {
        state.clear();
        return inTransaction(() -> {
            Map<String, TreeMap<String, OpenOrder.Line>> lines = new HashMap<>();
            Map<String, Long> sequences = new HashMap<>();
            try (var s = connection.prepareStatement("select order_id, sku, order_sequence,"
                    + " ordered, backordered from allocation_open_line");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String orderId = rows.getString(1);
                    sequences.put(orderId, rows.getLong(3));
                    lines.computeIfAbsent(orderId, o -> new TreeMap<>()).put(rows.getString(2),
                            new OpenOrder.Line(rows.getInt(4), rows.getInt(5)));
                }
            }
            lines.forEach((id, l) -> state.put(new OpenOrder(id, sequences.get(id), l)));
            state.takeChanged();
            return checkpoint();
        });
    }

    /** The orders changed since the last save, and the new checkpoint, in one transaction. */
    void save(AllocationState state, long position) {
        var changed = state.takeChanged();
        inTransaction(() -> {
            try (var delete = connection.prepareStatement(
                    "delete from allocation_open_line where order_id = ?");
                 var insert = connection.prepareStatement("insert into allocation_open_line"
                         + " (order_id, sku, order_sequence, ordered, backordered)"
                         + " values (?, ?, ?, ?, ?)")) {
                for (String orderId : changed) {
                    delete.setString(1, orderId);
                    delete.addBatch();
                    OpenOrder order = state.order(orderId);
                    if (order != null) {
                        addLines(insert, order);
                    }
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            setCheckpoint(position);
            return null;
        });
    }

    /** Forgets every order and goes back to position 0: the start of a rebuild. */
    void clear() {
        inTransaction(() -> {
            try (var s = connection.createStatement()) {
                s.executeUpdate("delete from allocation_open_line");
            }
            setCheckpoint(0);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the allocation's database", e);
        }
    }

    private static void addLines(PreparedStatement insert, OpenOrder order) throws SQLException {
        for (var line : order.lines().entrySet()) {
            insert.setString(1, order.orderId());
            insert.setString(2, line.getKey());
            insert.setLong(3, order.sequence());
            insert.setInt(4, line.getValue().ordered());
            insert.setInt(5, line.getValue().backordered());
            insert.addBatch();
        }
    }

    private long checkpoint() throws SQLException {
        try (var s = connection.prepareStatement(
                "select position from allocation_checkpoint where id = 1");
             ResultSet row = s.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private void setCheckpoint(long position) throws SQLException {
        try (var s = connection.prepareStatement(
                "update allocation_checkpoint set position = ? where id = 1")) {
            s.setLong(1, position);
            s.executeUpdate();
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("the allocation's database: " + e.getMessage(), e);
        }
    }
}
