package tally.users.h2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import tally.users.sql.SqlUserStore;

/** Users and sessions in the H2 file {@code users} of the data folder, for one node. */
public final class H2UserStore extends SqlUserStore {

    private H2UserStore(JdbcDataSource source, Connection first) {
        super(source::getConnection, first);
    }

    /** Opens (or makes) the store in {@code dataFolder} and brings its tables up to date. */
    public static H2UserStore open(Path dataFolder) {
        var source = new JdbcDataSource();
        // WRITE_DELAY=0: an added user or a session survives kill -9. TRACE_LEVEL_FILE=0: no
        // trace file, which could hold a statement's values.
        source.setURL("jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("users")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE");
        source.setUser("tally");
        try {
            Connection connection = source.getConnection();
            try {
                Flyway.configure().dataSource(source).locations("classpath:db/users")
                        .table("users_schema_history").load().migrate();
                return new H2UserStore(source, connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the users store in " + dataFolder
                    + ": " + e.getMessage(), e);
        }
    }
}
