package tally.eventstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.AppendRequest;
import tally.eventstore.ExpectedVersion;

/**
 * A node that goes silent while its batch holds the log's lock (frozen, its VM paused, its
 * network dropping packets without a reset) is, to PostgreSQL, a session idle in a transaction:
 * ended after {@link Connections#IDLE_IN_TRANSACTION}, which frees the lock, so the other nodes'
 * appends wait seconds, not the hours TCP would take to notice. The stalled batch is played here
 * by a connection opened as a node's writer opens its own, which takes the lock and says no more.
 */
class StalledNodeTest {
    private final TestPostgres server = TestPostgres.server();

    @Test
    void a_node_gone_silent_holding_the_log_lock_holds_up_the_others_seconds_not_hours()
            throws Exception {
        PostgresOptions options = server.options(server.freshDatabase());
        try (var store = PostgresEventStore.open(options);
             Connection silent = new Connections(options).open()) {
            store.appendAndWait(AppendRequest.of("product-S", ExpectedVersion.ANY, "c-1",
                    new ProductRegistered("S", "Bolt", 0)));
            silent.setAutoCommit(false);
            BatchSql.lock(silent);

            long start = System.nanoTime();
            var taken = store.append(AppendRequest.of("product-S", ExpectedVersion.exactly(1),
                    "c-2", new StockReceived("S", "A-1", 5, null))).get(40, TimeUnit.SECONDS);
            var waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(taken.position()).isEqualTo(2);
            assertThat(waited).as("held up by the silent node's lock until its session ended")
                    .isGreaterThan(Duration.ofSeconds(8)).isLessThan(Duration.ofSeconds(40));
            assertThatThrownBy(() -> silent.createStatement().execute("SELECT 1"))
                    .isInstanceOf(SQLException.class);
            assertThat(store.readAll(0, 10)).hasSize(2);
        }
    }
}
