package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * Every operation of the OpenAPI document, called on the real server with a valid request;
 * {@link CheckedHttp} holds each answer to the document. The refusals of the queries and the
 * trainer's controls: {@link DocumentedRefusalsTest}; the commands': {@link
 * CommandAnswersConformanceTest}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedOperationsTest implements TestPropertyProvider {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEMS = "https://tally.dev/problems/";

    @Inject
    EmbeddedServer server;

    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-operations");
    }

    static JsonNode json(CheckedHttp.Answer a) {
        try {
            return JSON.readTree(a.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckedHttp.Answer ok(CheckedHttp.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    @Test
    void every_operation_of_the_document_answers_a_valid_request_as_documented() {
        var http = new CheckedHttp(server.getURI());
        long position = commands(http);
        queries(http, position);
        orders(http);
        liveStream(http);
        controls(http);
        users(http);
        for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
            assertThat(json(ok(http.get(path))).get("status").asText()).isEqualTo("UP");
        }
        assertThat(ok(http.get("/openapi.yml")).body()).startsWith("openapi: 3.0.3");
        orderCommands(http);
        bins(http);
        productCare(http);
        BarcodeTour.visit(http);
        assertThat(json(ok(http.send("POST", "/api/import/products?dryRun=true", "text/csv",
                "sku,name\nTOUR-9,Nut\n".getBytes(StandardCharsets.UTF_8))))
                .get("newRows").asInt()).isEqualTo(1);
        assertThat(json(ok(http.send("POST", "/api/import/bins?dryRun=true", "text/csv",
                "location,zone\nTOUR-B9,T\n".getBytes(StandardCharsets.UTF_8))))
                .get("newRows").asInt()).isEqualTo(1);

        training(http);

        assertThat(http.exercised()).as("operations called")
                .containsExactlyElementsOf(http.contract().operationIds());
    }

    /**
     * The order commands, last so that what the allocation does with the order cannot change
     * what the queries above saw. Only answers that do not race the allocation: a placed order
     * cancelled, and a pick and a ship for an order never placed.
     */
    private void orderCommands(CheckedHttp http) {
        ok(http.post("/api/commands/place-order", "{\"orderId\":\"TOUR-SO-1\",\"customer\":"
                + "\"Ann\",\"lines\":[{\"sku\":\"TOUR-1\",\"quantity\":2}]}"));
        ok(http.post("/api/commands/cancel-order", "{\"orderId\":\"TOUR-SO-1\",\"reason\":"
                + "\"changed\"}"));
        assertThat(http.post("/api/commands/confirm-pick", "{\"orderId\":\"TOUR-SO-9\","
                + "\"sku\":\"TOUR-1\",\"location\":\"A-01\",\"quantity\":1}").status())
                .isEqualTo(422);
        assertThat(http.post("/api/commands/ship-order", "{\"orderId\":\"TOUR-SO-9\"}")
                .status()).isEqualTo(422);
    }

    /** The register of bins: a bin defined, changed, retired, and read back. */
    private void bins(CheckedHttp http) {
        ok(http.post("/api/commands/define-location", "{\"location\":\"TOUR-BIN\","
                + "\"name\":\"Tour shelf\",\"zone\":\"North\",\"capacity\":50}"));
        ok(http.post("/api/commands/change-location", "{\"location\":\"TOUR-BIN\","
                + "\"name\":\"Front shelf\"}"));
        long retired = json(ok(http.post("/api/commands/retire-location",
                "{\"location\":\"TOUR-BIN\"}"))).get("position").asLong();
        String waitFor = "?minPosition=" + retired + "&waitMillis=10000";
        assertThat(json(ok(http.get("/api/bins" + waitFor))).get("items"))
                .extracting(b -> b.get("location").asText()).containsExactly("TOUR-BIN");
        var bin = json(ok(http.get("/api/bins/TOUR-BIN" + waitFor)));
        assertThat(bin.get("name").asText()).isEqualTo("Front shelf");
        assertThat(bin.get("retired").asBoolean()).isTrue();
        ok(http.get("/api/labels/bins.pdf" + waitFor + "&location=TOUR-BIN"));
    }

    /** Product care: a product renamed and its reorder point raised, read back in the stock. */
    private void productCare(CheckedHttp http) {
        ok(http.post("/api/commands/register-product",
                "{\"sku\":\"TOUR-CARE\",\"name\":\"Nut\"}"));
        ok(http.post("/api/commands/rename-product",
                "{\"sku\":\"TOUR-CARE\",\"name\":\"Hex nut M8\"}"));
        long changed = json(ok(http.post("/api/commands/change-reorder-point",
                "{\"sku\":\"TOUR-CARE\",\"reorderPoint\":4}"))).get("position").asLong();
        var stock = json(ok(http.get("/api/stock/TOUR-CARE?minPosition=" + changed
                + "&waitMillis=10000")));
        assertThat(stock.get("name").asText()).isEqualTo("Hex nut M8");
        assertThat(stock.get("belowReorderPoint").asBoolean()).isTrue();
    }

    /** The five commands on product TOUR-1; answers the position of the last. */
    private long commands(CheckedHttp http) {
        ok(http.post("/api/commands/register-product",
                "{\"sku\":\"TOUR-1\",\"name\":\"Hex bolt\",\"reorderPoint\":50}"));
        ok(http.post("/api/commands/receive-stock", "{\"sku\":\"TOUR-1\",\"location\":\"A-01\","
                + "\"quantity\":40,\"reference\":\"PO-1\",\"expectedVersion\":1}"));
        ok(http.post("/api/commands/move-stock",
                "{\"sku\":\"TOUR-1\",\"from\":\"A-01\",\"to\":\"B-01\",\"quantity\":10}"));
        ok(http.post("/api/commands/pick-stock",
                "{\"sku\":\"TOUR-1\",\"location\":\"B-01\",\"quantity\":3}"));
        var counted = json(ok(http.post("/api/commands/adjust-stock", "{\"sku\":\"TOUR-1\","
                + "\"location\":\"A-01\",\"countedQuantity\":29,\"reason\":\"count\","
                + "\"commandId\":\"tour-count\"}")));
        assertThat(counted.get("version").asLong()).isEqualTo(5);
        return counted.get("position").asLong();
    }

    private void queries(CheckedHttp http, long position) {
        String waitFor = "?minPosition=" + position + "&waitMillis=10000";
        assertThat(json(ok(http.get("/api/products" + waitFor))).get("items"))
                .extracting(i -> i.get("sku").asText()).containsExactly("TOUR-1");
        assertThat(json(ok(http.get("/api/stock" + waitFor + "&belowReorderPoint=true")))
                .get("items").get(0).get("onHand").asLong()).isEqualTo(36);
        var stock = json(ok(http.get("/api/stock/TOUR-1" + waitFor)));
        assertThat(stock.get("locations")).hasSize(2);
        ok(http.get("/api/locations" + waitFor));
        assertThat(json(ok(http.get("/api/locations/B-01" + waitFor))).get("items").get(0)
                .get("quantity").asLong()).isEqualTo(7);
        assertThat(json(ok(http.get("/api/activity" + waitFor + "&limit=3"))).get("items"))
                .hasSize(3);
        var history = json(ok(http.get("/api/stock/TOUR-1/history" + waitFor)));
        assertThat(history.get("items")).hasSize(5);
        var events = json(ok(http.get("/api/events?after=0&limit=100")));
        assertThat(events.get("items")).extracting(e -> e.get("type").asText())
                .containsExactly("ProductRegistered", "StockReceived", "StockMoved",
                        "StockPicked", "StockAdjusted");
    }

    /**
     * The order queries, on an order written straight into the log (the commands that place
     * orders are not this test's concern); what the allocation makes of it does not matter here.
     */
    private void orders(CheckedHttp http) {
        long placed = store.append(new AppendRequest(StoredEvent.streamOfOrder("TOUR-SO"),
                ExpectedVersion.exactly(0), null, "supervisor", null, List.of(new OrderPlaced("TOUR-SO",
                        "Tour", List.of(new OrderLine("TOUR-1", 5)))))).join().position();
        String waitFor = "?minPosition=" + placed + "&waitMillis=10000";
        assertThat(json(ok(http.get("/api/orders" + waitFor + "&limit=10"))).get("items"))
                .extracting(o -> o.get("orderId").asText()).containsExactly("TOUR-SO");
        ok(http.get("/api/orders" + waitFor + "&status=SHIPPED"));
        assertThat(json(ok(http.get("/api/orders/TOUR-SO" + waitFor))).get("lines"))
                .hasSize(1);
        ok(http.get("/api/orders/TOUR-SO/pick-list" + waitFor));
        ok(http.get("/api/orders/TOUR-SO/pick-list.pdf" + waitFor));
        ok(http.get("/api/labels/products.pdf" + waitFor + "&sku=TOUR-1&code=qr"));
    }

    private void liveStream(CheckedHttp http) {
        var live = http.stream("/api/stream", Map.of("Last-Event-ID", "1"),
                text -> text.split("event: projection", -1).length > 3, Duration.ofSeconds(10));
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.contentType()).startsWith("text/event-stream");
        assertThat(live.body()).contains("event: projection", "\"name\":\"stock\"");
        var log = http.stream("/api/events/stream?after=0", Map.of(),
                text -> text.contains("id: 2\n"), Duration.ofSeconds(10));
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.contentType()).startsWith("text/event-stream");
        assertThat(log.body()).contains("id: 1\nevent: ", "id: 2\nevent: ");
    }

    private void controls(CheckedHttp http) {
        assertThat(json(ok(http.get("/api/projections"))).findValuesAsText("name"))
                .contains("stock", "locations", "activity", "orders");
        String base = "/api/projections/";
        assertThat(state(ok(http.post(base + "locations/pause", "")))).isEqualTo("PAUSED");
        assertThat(state(ok(http.post(base + "locations/resume", "")))).isEqualTo("RUNNING");
        ok(http.send("PUT", base + "stock/delay", "application/json",
                "{\"delayMillis\":0}".getBytes(StandardCharsets.UTF_8)));
        ok(http.post(base + "activity/break", ""));
        ok(http.post("/api/commands/receive-stock",
                "{\"sku\":\"TOUR-1\",\"location\":\"C-01\",\"quantity\":1}"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode activity;
        do {
            activity = projection(http, "activity");
        } while (!activity.get("state").asText().equals("FAILED") && System.nanoTime() < deadline);
        assertThat(activity.get("lastError").asText()).isNotBlank();
        assertThat(state(ok(http.post(base + "activity/resume", "")))).isEqualTo("RUNNING");
        ok(http.post(base + "locations/rebuild", ""));
    }

    /** The trainer's lessons: each route once, the traffic stopped as soon as it started. */
    private void training(CheckedHttp http) {
        byte[] rate = "{\"commandsPerSecond\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(json(ok(http.send("PUT", "/api/training/traffic", "application/json", rate)))
                .get("running").asBoolean()).isTrue();
        assertThat(json(ok(http.send("DELETE", "/api/training/traffic", Map.of(), new byte[0])))
                .get("running").asBoolean()).isFalse();
        assertThat(json(ok(http.post("/api/training/second-operator", "{\"sku\":\"TOUR-1\"}")))
                .get("user").asText()).isEqualTo("system:training");
        assertThat(http.post("/api/training/history", "{\"events\":1}").status()).isEqualTo(202);
        assertThat(json(ok(http.get("/api/training"))).at("/history/requested").asLong())
                .isEqualTo(1);
        assertThat(json(ok(http.send("DELETE", "/api/training/history", Map.of(), new byte[0])))
                .get("running").asBoolean()).isFalse();
    }

    /**
     * Signing in and out, and an admin's calls, as the test user (every role). Its own token
     * goes with each, and signing in and setup ignore it.
     */
    private void users(CheckedHttp http) {
        var closed = http.post("/api/setup", "{\"username\":\"second\","
                + "\"password\":\"second-password\"}");
        assertThat(json(closed).get("type").asText()).isEqualTo(PROBLEMS + "setup-closed");
        assertThat(json(ok(http.get("/api/users"))).get("items")).extracting(
                u -> u.get("username").asText()).containsExactly(TestSignIn.USERNAME);
        ok(http.post("/api/users", "{\"username\":\"tour\",\"password\":\"tour-password-1\","
                + "\"roles\":[\"operator\"],\"displayName\":\"Tour guide\"}"));
        var changed = json(ok(http.send("PUT", "/api/users/tour", "application/json",
                "{\"roles\":[\"operator\",\"trainer\"]}".getBytes(StandardCharsets.UTF_8))));
        assertThat(changed.get("roles")).hasSize(2);
        assertThat(http.send("PUT", "/api/users/tour/password", "application/json",
                "{\"password\":\"tour-password-2\"}".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(204);
        var session = json(ok(http.post("/api/sessions", "{\"username\":\"tour\","
                + "\"password\":\"tour-password-2\"}")));
        assertThat(session.get("roles")).extracting(JsonNode::asText)
                .containsExactly("operator", "trainer");
        var signedOut = http.send("DELETE", "/api/sessions/current",
                Map.of("Authorization", "Bearer " + session.get("token").asText()), new byte[0]);
        assertThat(signedOut.status()).isEqualTo(204);
        var backup = ok(http.get("/api/backup"));
        assertThat(backup.contentType()).startsWith("application/zip");
        assertThat(new String(backup.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    private static JsonNode projection(CheckedHttp http, String name) {
        for (JsonNode p : json(ok(http.get("/api/projections")))) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no read model " + name);
    }

    private static String state(CheckedHttp.Answer a) {
        return json(a).get("state").asText();
    }
}
