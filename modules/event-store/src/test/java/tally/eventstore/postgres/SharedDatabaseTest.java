package tally.eventstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.ExpectedVersion;

/**
 * The log shares its database with the users' store, and a node may open the users first: the
 * log must then still make its own tables beside theirs (a node started on a fresh database once
 * failed with Flyway's "non-empty schema but no schema history table").
 */
class SharedDatabaseTest {
    private final TestPostgres server = TestPostgres.server();

    @Test
    void the_log_opens_on_a_database_where_another_store_made_its_tables_first() throws Exception {
        String url = server.freshDatabase();
        try (Connection c = DriverManager.getConnection(url, server.user(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (username VARCHAR(64) PRIMARY KEY)");
            s.execute("CREATE TABLE users_schema_history (installed_rank INT PRIMARY KEY)");
        }
        try (var store = PostgresEventStore.open(server.options(url))) {
            var appended = store.appendAndWait(AppendRequest.of("product-A", ExpectedVersion.ANY,
                    "c-1", new InventoryEvent.ProductRegistered("A", "A", 0)));
            assertThat(appended.position()).isEqualTo(1);
            assertThat(store.readAll(0, 10)).hasSize(1);
        }
    }
}
