package tally.users;

import org.junit.jupiter.api.BeforeEach;
import tally.eventstore.postgres.TestPostgres;
import tally.users.postgres.PostgresUserStore;

/** The contract on the shared store in PostgreSQL, a fresh database for each test. */
class UserAccountsOnPostgresTest extends UserAccountsContract {
    private String url;

    @BeforeEach
    void database() {
        url = TestPostgres.server().freshDatabase();
    }

    @Override
    protected UserStore reopen() {
        return PostgresUserStore.open(url, TestPostgres.server().user(), null);
    }
}
