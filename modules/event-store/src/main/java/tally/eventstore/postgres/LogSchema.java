package tally.eventstore.postgres;

import org.flywaydb.core.Flyway;

/**
 * The log's tables in a PostgreSQL database, brought up to date by Flyway with a history table
 * of their own. The database is shared: the users' store keeps its tables there too, and
 * whichever a node opens first, the other must still make its own. Flyway refuses a schema that
 * holds tables but not its history table unless told to start from an empty baseline (version
 * 0, below every migration of ours), so it is told.
 */
final class LogSchema {
    private LogSchema() {
    }

    static void migrate(PostgresOptions options) {
        Flyway.configure().dataSource(options.url(), options.username(), options.password())
                .locations("classpath:db/postgres-events").table("events_schema_history")
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }
}
