package tally.query.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on the views database. Behind an interface so that projections
 * and their runners are tested on plain JDBC, and run under Micronaut's transaction manager.
 */
public interface Transactor {

    /** Runs {@code work} and commits, or rolls back and rethrows (SQL errors wrapped). */
    <T> T inTransaction(Work<T> work);

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A failure of the views database itself, not of an event. */
    final class ViewsDatabaseException extends RuntimeException {
        public ViewsDatabaseException(SQLException cause) {
            super("views database: " + cause.getMessage(), cause);
        }
    }
}
