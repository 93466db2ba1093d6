package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tally.server.ChildServer;

/**
 * After a SIGKILL, H2 can hand back the views database with part of a committed transaction:
 * read models' rows past their checkpoints (OrderKillTest once restarted to `activity` failing
 * on a duplicate position and `orders` on an order "placed twice"), or a checkpoint past its
 * rows. A kill cannot be made to tear on cue, so this test kills the server and then tears the
 * file the way H2 did; the restarted server must fold its read models again from the log.
 */
class TornViewsTest {
    static final String SKU = "TORN-1";

    @TempDir
    Path data;

    @Test
    // A guard against a hang, not a timing: two child servers, each over 60 s to start at load 30.
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void read_models_torn_by_a_kill_are_folded_again_from_the_log_at_the_restart()
            throws Exception {
        try (var server = ChildServer.start(data)) {
            var desk = OrderDesk.signedIn(server.url());
            desk.product(SKU, "S-A", 5, "S-B", 5);
            for (int i = 1; i <= 6; i++) {
                desk.place("SO-T-" + i, SKU, 3);
            }
            desk.receive(SKU, "S-A", 4);
            desk.quiet();
            server.process().destroyForcibly().waitFor(); // SIGKILL: no hook runs
        }
        tearViews();

        try (var again = ChildServer.start(data)) {
            var desk = OrderDesk.signedIn(again.url());
            desk.place("SO-T-AFTER", SKU, 1);
            desk.receive(SKU, "S-B", 1);
            long head = desk.quiet(); // fails at once if a read model has FAILED
            var ledger = new ReservationLedger();
            desk.readLog(0, ledger::apply);
            assertThat(ledger.position).isEqualTo(head);

            var logged = new ArrayList<Long>();
            desk.readLog(0, e -> logged.add(e.get("position").asLong()));
            List<Long> shown = new ArrayList<>();
            desk.get("/api/activity?limit=500").get("items")
                    .forEach(i -> shown.add(i.get("position").asLong()));
            assertThat(shown).as("activity: every event of the log, once, newest first")
                    .isEqualTo(logged.reversed());

            var statuses = new HashMap<String, Long>();
            desk.get("/api/orders?limit=1000").get("items").forEach(i -> statuses.merge(
                    i.get("orderId").asText(), 1L, Long::sum));
            assertThat(statuses).as("every order of the log, once")
                    .containsOnlyKeys(ledger.orders.keySet()).doesNotContainValue(2L);
            for (var entry : ledger.orders.entrySet()) {
                assertThat(desk.get("/api/orders/" + entry.getKey()).get("lines").get(0)
                        .get("reserved").asLong()).as(entry.getKey() + " reserved")
                        .isEqualTo(entry.getValue().reserved(SKU));
            }
            var stock = desk.get("/api/stock/" + SKU);
            assertThat(stock.get("onHand").asLong()).isEqualTo(ledger.onHand(SKU)).isEqualTo(15);
            assertThat(stock.get("reserved").asLong()).isEqualTo(ledger.reserved(SKU));
        }
    }

    /**
     * Both ways H2 tore a transaction in a kill test of its own: `activity`, `orders` and
     * `locations` keep rows past their checkpoints, `stock` a checkpoint past its rows.
     */
    private void tearViews() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
                .resolve("views"), "tally", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE checkpoints SET position = GREATEST(position - 6, 0)"
                    + " WHERE name IN ('activity', 'orders', 'locations')");
            s.executeUpdate("DELETE FROM stock_products");
            s.execute("SHUTDOWN");
        }
    }
}
