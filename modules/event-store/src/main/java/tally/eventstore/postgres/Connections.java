package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections to the shared log as {@link PostgresOptions} say. */
final class Connections {
    private final PostgresOptions options;

    Connections(PostgresOptions options) {
        this.options = options;
    }

    Connection open() throws SQLException {
        var p = new Properties();
        if (options.username() != null) {
            p.setProperty("user", options.username());
        }
        if (options.password() != null) {
            p.setProperty("password", options.password());
        }
        p.setProperty("ApplicationName", "tally");
        return DriverManager.getConnection(options.url(), p);
    }

    PostgresOptions options() {
        return options;
    }
}
