package tally.query.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import tally.query.Quantities;
import tally.query.engine.Transactor;

/** A fresh in-memory views database with the module's own migrations, on plain JDBC. */
public final class ViewsDatabase implements AutoCloseable {
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Connection keepAlive;

    public ViewsDatabase() {
        dataSource.setURL("jdbc:h2:mem:views-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/views").load().migrate();
    }

    public Transactor transactor() {
        return new Transactor() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    try {
                        T result = work.run(c);
                        c.commit();
                        return result;
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    }
                } catch (SQLException e) {
                    throw new ViewsDatabaseException(e);
                }
            }
        };
    }

    /** Every row of a query, each as a list of its column values. */
    public List<List<Object>> rows(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            var rows = new ArrayList<List<Object>>();
            while (rs.next()) {
                var row = new ArrayList<Object>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long checkpoint(String name) {
        return ((Number) rows("SELECT position FROM checkpoints WHERE name = '" + name + "'")
                .get(0).get(0)).longValue();
    }

    /** The whole of every read model, in a stable order, for comparing two of them. */
    public List<List<Object>> everyRow() {
        var all = new ArrayList<List<Object>>();
        all.addAll(rows("SELECT 'p', * FROM stock_products ORDER BY sku"));
        for (List<Object> row : rows("SELECT 'l', * FROM locations ORDER BY location")) {
            row.set(4, sorted((String) row.get(4))); // a location's items are kept in no order
            all.add(row);
        }
        all.addAll(rows("SELECT 'a', position, stream, type, summary FROM activity"
                + " ORDER BY position"));
        all.addAll(rows("SELECT 'o', * FROM orders ORDER BY order_id"));
        return all;
    }

    /** Quantities text ("B=2,A=1") in key order ("A=1,B=2"). */
    public static String sorted(String items) {
        var map = new java.util.TreeMap<String, Long>();
        Quantities.read(items, map);
        return Quantities.write(map);
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }
}
