package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import tally.server.openapi.OwnServer;

/**
 * Sixteen clients ordering one scarce SKU over HTTP while others receive, count and cancel:
 * the real server never reserves more than a location holds, not at any position of the log,
 * and once quiet every unit it can reserve is reserved and every order adds up.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderStormTest implements TestPropertyProvider {
    static final String SKU = "STORM-1";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-order-storm");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // a guard against a hang, not a timing
    void sixteen_clients_ordering_a_scarce_sku_never_overbook_a_location() throws Exception {
        var desk = OrderDesk.signedIn(server.getURI());
        desk.product(SKU, "S-A", 20, "S-B", 20, "S-C", 20);
        var storm = new Storm(server.getURI(), desk.bearer, SKU, "SO-ST-");

        try (var pool = Storm.pool()) {
            for (Future<?> task : storm.start(pool, 16, 200, true)) {
                task.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(storm.faults).isEmpty();
        assertThat(storm.placed).hasSize(200);
        assertThat(storm.cancelled).isNotEmpty();
        var ledger = StormVerdict.judge(desk, SKU, storm);
        long cut = ledger.orders.values().stream().filter(o -> !o.closed
                && o.backordered.get(SKU) > 0).count();
        assertThat(cut).as("the storm left some orders short: stock was scarce").isPositive();
    }
}
