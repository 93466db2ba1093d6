package tally.users.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import tally.users.UserStoreUnavailable;
import tally.users.sql.SqlUserStore;

/**
 * Users and sessions in PostgreSQL, shared by every node of a site: usually the event log's
 * database (its tables {@code users} and {@code sessions}, its Flyway history in
 * {@code users_schema_history}, apart from the log's). Every node reads and writes it, so what a
 * node keeps in memory is checked against it ({@link #shared()}).
 */
public final class PostgresUserStore extends SqlUserStore {

    private PostgresUserStore(PGSimpleDataSource source, Connection first) {
        super(source::getConnection, first);
    }

    /**
     * Opens the store in the database of {@code url} (jdbc:postgresql://...) and brings its
     * tables up to date; the first node to start makes them. User and password may be null
     * (then the URL's, or none).
     */
    public static PostgresUserStore open(String url, String user, String password) {
        var source = new PGSimpleDataSource();
        source.setURL(url);
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        try {
            Connection connection = source.getConnection();
            try {
                Flyway.configure().dataSource(source).locations("classpath:db/postgres-users")
                        .table("users_schema_history").baselineOnMigrate(true).baselineVersion("0")
                        .load().migrate();
                return new PostgresUserStore(source, connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            // The SQL state and message: the URL names the database, never a password.
            throw new UserStoreUnavailable("cannot open the users store in " + url
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean shared() {
        return true;
    }
}
