package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.command.gateway.CommandGateway;
import tally.command.domain.Command;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderLine;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;

/** The allocation in {@code /api/projections}, beside the read models, steered like them. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationControlHttpTest implements TestPropertyProvider {
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    @Inject
    CommandGateway gateway;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-allocation").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode send(String method, String path) {
        var r = new CheckedHttp(server.getURI()).send(method, path, (String) null, new byte[0]);
        assertThat(r.status()).as(method + " " + path).isEqualTo(200);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode allocation() {
        for (JsonNode status : send("GET", "/api/projections")) {
            if (status.get("name").asText().equals("allocation")) {
                return status;
            }
        }
        throw new AssertionError("no allocation in /api/projections");
    }

    void issue(String id, Command command) {
        gateway.issue(id, "supervisor", command).join();
    }

    boolean allocated(String orderId) {
        return store.readStream("order-" + orderId).stream()
                .anyMatch(e -> e.event() instanceof OrderAllocated);
    }

    static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; !condition.getAsBoolean(); i++) {
            assertThat(i).as("waited 10 s").isLessThan(2000);
            Thread.sleep(5);
        }
    }

    JsonNode json(CheckedHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The throttled rebuild beside the allocation: who may ask it, and of which followers. */
    @Test
    void only_a_read_model_rebuilds_at_a_pace_and_only_for_a_trainer() throws Exception {
        var admin = new CheckedHttp(server.getURI());
        String paced = "{\"eventsPerSecond\":500}";
        assertThat(allocation().get("rebuildEventsPerSecond").isNull()).isTrue();
        var refused = admin.post("/api/projections/allocation/rebuild", paced);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(json(refused).get("type").asText()).endsWith("/full-speed-only");
        assertThat(json(refused).get("detail").asText()).startsWith("eventsPerSecond");
        assertThat(allocation().get("state").asText()).isEqualTo("RUNNING");

        var operator = admin.newOperator("rebuild-operator", "operator-password");
        assertThat(operator.post("/api/projections/stock/rebuild", paced).status())
                .isEqualTo(403);
        assertThat(operator.post("/api/projections/stock/rebuild", "").status()).isEqualTo(403);

        var taken = json(admin.post("/api/projections/stock/rebuild",
                "{\"eventsPerSecond\":1000000}"));
        assertThat(taken.get("state").asText()).isEqualTo("REBUILDING");
        assertThat(taken.get("rebuildEventsPerSecond").asLong()).isEqualTo(1_000_000);
        until(() -> {
            JsonNode stock = send("GET", "/api/projections").get(0);
            return stock.get("state").asText().equals("RUNNING")
                    && stock.get("rebuildEventsPerSecond").isNull();
        });
    }

    @Test
    void while_paused_an_order_stays_placed_and_the_allocation_shows_its_lag() throws Exception {
        issue("reg", new RegisterProduct("AL-1", "Bolt", 0));
        issue("rcv", new ReceiveStock("AL-1", "A-01", 5, null));
        assertThat(send("POST", "/api/projections/allocation/pause").get("state").asText())
                .isEqualTo("PAUSED");

        issue("place", new PlaceOrder("SO-AL-1", null, List.of(new OrderLine("AL-1", 2))));
        Thread.sleep(300);
        assertThat(allocated("SO-AL-1")).isFalse();
        JsonNode paused = allocation();
        assertThat(paused.get("state").asText()).isEqualTo("PAUSED");
        assertThat(paused.get("lag").asLong()).isPositive();

        send("POST", "/api/projections/allocation/resume");
        until(() -> allocated("SO-AL-1"));
        until(() -> allocation().get("lag").asLong() == 0);
        assertThat(allocation().get("state").asText()).isEqualTo("RUNNING");
    }
}
