package tally.eventstore.h2;

import java.sql.SQLException;
import java.sql.Statement;
import tally.eventstore.EventStoreException;

/**
 * Builds the log's indexes again from its tables (after a stop without {@link CleanStop}'s
 * mark): the one that keeps a stream's versions unique and finds them, the one of command ids on
 * events, and the commands' key. The tables are what H2 kept; the indexes are only ways into
 * them. Seconds on a log of millions of events, and only after an unclean stop.
 */
final class LogIndexes {
    private static final String[] REBUILD = {
        "ALTER TABLE events DROP CONSTRAINT events_stream_version",
        "DROP INDEX events_command_id",
        "ALTER TABLE commands DROP PRIMARY KEY",
        "ALTER TABLE events ADD CONSTRAINT events_stream_version UNIQUE (stream, version)",
        "CREATE INDEX events_command_id ON events (command_id)",
        "ALTER TABLE commands ADD PRIMARY KEY (command_id)",
    };

    private LogIndexes() {
    }

    static void rebuild(PreparedConnection c) throws SQLException {
        try (Statement s = c.connection().createStatement()) { // DDL: each step commits
            for (String step : REBUILD) {
                s.execute(step);
            }
        } catch (SQLException e) {
            // Adding a key back fails only if the table itself holds a stream version or command
            // id twice: that is not a torn index but a log this code never wrote. Say so.
            throw new EventStoreException("the log's indexes could not be built again after an"
                    + " unclean stop (" + e.getMessage() + "); the events file needs a look"
                    + " before Tally uses it", e);
        }
    }
}
