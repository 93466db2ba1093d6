package tally.query.engine;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/** {@link Transactor} on the default datasource (the views database), through Micronaut Data. */
@Singleton
final class MicronautTransactor implements Transactor {
    private final TransactionOperations<Connection> transactions;

    MicronautTransactor(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return transactions.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new ViewsDatabaseException(e);
            }
        });
    }
}
