package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * Each command's every documented answer but the 503 ({@link LogUnavailableTest}), given by the
 * real server and held to the document by {@link CheckedHttp}; and for each refusal of a bad
 * request, the document refuses the request too.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandAnswersConformanceTest implements TestPropertyProvider {
    /** A valid body for each command, on product CA-1 once registered and stocked at A. */
    static final Map<String, String> VALID = Map.of(
            "register-product", "{\"sku\":\"CA-1\",\"name\":\"Washer\"",
            "rename-product", "{\"sku\":\"CA-1\",\"name\":\"Flat washer\"",
            "change-reorder-point", "{\"sku\":\"CA-1\",\"reorderPoint\":3",
            "receive-stock", "{\"sku\":\"CA-1\",\"location\":\"A\",\"quantity\":5",
            "move-stock", "{\"sku\":\"CA-1\",\"from\":\"A\",\"to\":\"B\",\"quantity\":1",
            "pick-stock", "{\"sku\":\"CA-1\",\"location\":\"A\",\"quantity\":1",
            "adjust-stock", "{\"sku\":\"CA-1\",\"location\":\"B\",\"countedQuantity\":0,"
                    + "\"reason\":\"count\"");

    static final Set<String> ORDER_COMMANDS = Set.of("place-order", "cancel-order",
            "confirm-pick", "ship-order");
    static final Set<String> BIN_COMMANDS = Set.of("define-location", "change-location",
            "retire-location");
    /** Tried apart, in {@link BarcodeAnswersConformanceTest}. */
    static final Set<String> BARCODE_COMMANDS = Set.of("assign-barcode", "unassign-barcode");

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-answers");
    }

    @Test
    void every_documented_answer_of_every_command_is_given_as_documented() {
        var http = new CheckedHttp(server.getURI());
        for (String name : new String[] {"register-product", "rename-product",
                "change-reorder-point", "receive-stock", "move-stock", "pick-stock",
                "adjust-stock"}) {
            assertThat(post(http, name, VALID.get(name) + "}", 200)).contains("\"stream\"");
        }
        for (String name : VALID.keySet()) {
            refusedByBoth(http, name, VALID.get(name) + ",\"qty\":1}", 400, "invalid-request");
            refusedByBoth(http, name, VALID.get(name).replace("CA-1", "CA 1") + "}", 400,
                    "invalid-request");
            assertThat(post(http, name, VALID.get(name) + ",\"expectedVersion\":99}", 409))
                    .contains("version-conflict", "\"currentVersion\":");
            String first = name.equals("register-product")
                    ? VALID.get(name).replace("CA-1", "CA-R") : VALID.get(name);
            post(http, name, first + ",\"commandId\":\"ca-" + name + "\"}", 200);
            assertThat(post(http, name, VALID.get(name).replace("CA-1", "CA-2")
                    + ",\"commandId\":\"ca-" + name + "\"}", 409))
                    .contains("idempotency-key-reused");
            String big = VALID.get(name) + ",\"reason\":\"" + "x".repeat(70_000) + "\"}";
            assertThat(post(http, name, big, 413)).contains("request-entity-too-large");
            refusedByBoth(http, name, VALID.get(name) + "}", "text/plain", 415,
                    "unsupported-media-type");
        }
        refusedByTheWarehouse(http);
        refusedBeforeTheBody(http, VALID);

        assertThat(http.answered()).containsAll(documentedAnswers(http.contract(),
                n -> !ORDER_COMMANDS.contains(n) && !BIN_COMMANDS.contains(n)
                        && !BARCODE_COMMANDS.contains(n), 30));
    }

    /** The bins' commands, apart: a code is defined once and retired once. */
    @Test
    void every_documented_answer_of_every_bin_command_is_given_as_documented() {
        var http = new CheckedHttp(server.getURI());
        post(http, "register-product", "{\"sku\":\"CB-1\",\"name\":\"Nut\"}", 200);
        post(http, "receive-stock", "{\"sku\":\"CB-1\",\"location\":\"CB-FULL\","
                + "\"quantity\":2}", 200);
        var bodies = Map.of("define-location", "{\"location\":\"CB-A\",\"zone\":\"North\"",
                "change-location", "{\"location\":\"CB-A\",\"name\":\"Shelf\"",
                "retire-location", "{\"location\":\"CB-A\"");
        for (String name : new String[] {"define-location", "change-location",
                "retire-location"}) {
            post(http, name, bodies.get(name) + ",\"commandId\":\"cb-" + name + "\"}", 200);
        }
        bodies.forEach((name, body) -> {
            refusedByBoth(http, name, body + ",\"qty\":1}", 400, "invalid-request");
            assertThat(post(http, name, body + ",\"expectedVersion\":99}", 409))
                    .contains("version-conflict");
            assertThat(post(http, name, body.replace("CB-A", "CB-B")
                    + ",\"commandId\":\"cb-" + name + "\"}", 409))
                    .contains("idempotency-key-reused");
            String big = body + ",\"reason\":\"" + "x".repeat(70_000) + "\"}";
            assertThat(post(http, name, big, 413)).contains("request-entity-too-large");
            refusedByBoth(http, name, body + "}", "text/plain", 415, "unsupported-media-type");
        });
        post(http, "define-location", "{\"location\":\"CB-FULL\"}", 200);
        refused(http, "define-location", "{\"location\":\"CB-FULL\"}",
                "location-already-defined");
        refused(http, "change-location", "{\"location\":\"CB-NONE\"}", "unknown-location");
        refused(http, "retire-location", "{\"location\":\"CB-FULL\"}", "location-not-empty");
        refusedBeforeTheBody(http, bodies);

        assertThat(http.answered()).containsAll(documentedAnswers(http.contract(),
                BIN_COMMANDS::contains, 24));
    }

    /**
     * The order commands, apart: each body can succeed only once (an order is placed once,
     * cancelled once). The reservation is appended here, as the allocation would record it.
     */
    @Test
    void every_documented_answer_of_every_order_command_is_given_as_documented() {
        var http = new CheckedHttp(server.getURI());
        // before any command reads CO-1, so that the writer reads the reservation with it
        store.appendAndWait(AppendRequest.of("product-CO-1", ExpectedVersion.ANY, null,
                new ProductRegistered("CO-1", "Nut", 0), new StockReceived("CO-1", "A", 5, null),
                new StockReserved("CO-1", "A", 1, "CO-O1", 1)));
        String place = "{\"orderId\":\"CO-O1\",\"lines\":[{\"sku\":\"CO-1\","
                + "\"quantity\":1}]";
        post(http, "place-order", place + ",\"commandId\":\"co-place\"}", 200);
        String pick = "{\"orderId\":\"CO-O1\",\"sku\":\"CO-1\",\"location\":\"A\"";
        post(http, "confirm-pick", pick + ",\"quantity\":1}", 200);
        post(http, "ship-order", "{\"orderId\":\"CO-O1\"}", 200);
        post(http, "place-order", "{\"orderId\":\"CO-O2\",\"lines\":[{\"sku\":\"CO-1\","
                + "\"quantity\":1}]}", 200);
        post(http, "cancel-order", "{\"orderId\":\"CO-O2\",\"reason\":\"r\"}", 200);

        var bodies = Map.of("place-order", place, "cancel-order", "{\"orderId\":\"CO-O1\"",
                "confirm-pick", pick + ",\"quantity\":1", "ship-order",
                "{\"orderId\":\"CO-O1\"");
        bodies.forEach((name, body) -> {
            refusedByBoth(http, name, body + ",\"qty\":1}", 400, "invalid-request");
            assertThat(post(http, name, body + ",\"expectedVersion\":99}", 409))
                    .contains("version-conflict");
            assertThat(post(http, name, body.replace("CO-O1", "CO-O3")
                    + ",\"commandId\":\"co-place\"}", 409))
                    .contains("idempotency-key-reused");
            String big = body + ",\"reason\":\"" + "x".repeat(70_000) + "\"}";
            assertThat(post(http, name, big, 413)).contains("request-entity-too-large");
            refusedByBoth(http, name, body + "}", "text/plain", 415, "unsupported-media-type");
        });
        refused(http, "place-order", place + "}", "order-already-placed");
        refused(http, "cancel-order", "{\"orderId\":\"CO-O1\"}", "order-closed");
        refused(http, "confirm-pick", pick + ",\"quantity\":1}", "order-closed");
        refused(http, "ship-order", "{\"orderId\":\"CO-NONE\"}", "unknown-order");
        refusedBeforeTheBody(http, bodies);

        assertThat(http.answered()).containsAll(documentedAnswers(http.contract(),
                ORDER_COMMANDS::contains, 24));
    }

    @Test
    void an_unknown_command_is_a_404_problem_for_a_path_the_document_does_not_name() {
        var http = new CheckedHttp(server.getURI());
        assertThat(post(http, "sell-stock", "{}", 404)).contains("unknown-command");
        assertThat(post(http, "Pick-Stock", VALID.get("pick-stock") + "}", 404))
                .contains("unknown-command");
    }

    private void refusedByTheWarehouse(CheckedHttp http) {
        store.appendAndWait(AppendRequest.of("product-FULL-1", ExpectedVersion.ANY, null,
                new ProductRegistered("FULL-1", "Full", 0),
                new StockReceived("FULL-1", "BIG", 1_000_000_000, null),
                new StockReceived("FULL-1", "SMALL", 1, null)));
        refused(http, "register-product", "{\"sku\":\"CA-1\",\"name\":\"Again\"}",
                "product-already-registered");
        refused(http, "receive-stock", "{\"sku\":\"NO-1\",\"location\":\"A\",\"quantity\":1}",
                "unknown-product");
        refused(http, "receive-stock", "{\"sku\":\"FULL-1\",\"location\":\"BIG\","
                + "\"quantity\":1}", "location-full");
        refused(http, "move-stock", "{\"sku\":\"NO-1\",\"from\":\"A\",\"to\":\"B\","
                + "\"quantity\":1}", "unknown-product");
        refused(http, "move-stock", "{\"sku\":\"CA-1\",\"from\":\"A\",\"to\":\"B\","
                + "\"quantity\":99}", "insufficient-stock");
        refused(http, "move-stock", "{\"sku\":\"CA-1\",\"from\":\"A\",\"to\":\"A\","
                + "\"quantity\":1}", "same-location");
        refused(http, "move-stock", "{\"sku\":\"FULL-1\",\"from\":\"SMALL\",\"to\":\"BIG\","
                + "\"quantity\":1}", "location-full");
        refused(http, "pick-stock", "{\"sku\":\"NO-1\",\"location\":\"A\",\"quantity\":1}",
                "unknown-product");
        refused(http, "pick-stock", "{\"sku\":\"CA-1\",\"location\":\"A\",\"quantity\":99}",
                "insufficient-stock");
        refused(http, "adjust-stock", "{\"sku\":\"NO-1\",\"location\":\"A\","
                + "\"countedQuantity\":1,\"reason\":\"count\"}", "unknown-product");
        refused(http, "rename-product", "{\"sku\":\"NO-1\",\"name\":\"Nut\"}",
                "unknown-product");
        refused(http, "change-reorder-point", "{\"sku\":\"NO-1\",\"reorderPoint\":1}",
                "unknown-product");
    }

    /**
     * The 401 and 403 each command may give before its body is read: a token the server does
     * not know, and a page of another site (Origin), whatever the body. The bodies come
     * without their closing brace, as the tests above keep them.
     */
    static void refusedBeforeTheBody(CheckedHttp http, Map<String, String> bodies) {
        for (String name : bodies.keySet()) {
            byte[] body = (bodies.get(name) + "}").getBytes(StandardCharsets.UTF_8);
            var unknown = http.send("POST", "/api/commands/" + name, Map.of("Content-Type",
                    "application/json", "Authorization", "Bearer not-a-session"), body);
            assertThat(unknown.status()).as(name).isEqualTo(401);
            assertThat(unknown.body()).contains("/problems/not-signed-in");
            var otherSite = http.send("POST", "/api/commands/" + name, Map.of("Content-Type",
                    "application/json", "Origin", "https://elsewhere.example"), body);
            assertThat(otherSite.status()).as(name).isEqualTo(403);
            assertThat(otherSite.body()).contains("/problems/cross-origin");
        }
    }

    /** A 422 of this slug to a request the document accepts: the warehouse said no. */
    static void refused(CheckedHttp http, String name, String body, String slug) {
        assertThat(post(http, name, body, 422)).as(name).contains("/problems/" + slug + "\"");
        assertThat(http.faultsOf("POST", "/api/commands/" + name, "application/json",
                body.getBytes(StandardCharsets.UTF_8))).as("a valid request").isEmpty();
    }

    /** {@code "receiveStock 422"} for every status documented for a command, but the 503. */
    static Set<String> documentedAnswers(ApiContract contract,
                                                 Predicate<String> commands, int atLeast) {
        var documented = new TreeSet<String>();
        contract.operations().stream().filter(o -> o.template().startsWith("/api/commands/"))
                .filter(o -> commands.test(o.template().substring(14)))
                .forEach(o -> contract.operation(o).getResponses().keySet().stream()
                        .filter(status -> !status.equals("503"))
                        .forEach(status -> documented.add(o.id() + " " + status)));
        assertThat(documented).hasSizeGreaterThanOrEqualTo(atLeast);
        return documented;
    }

    /** The answer's body, after checking its status. */
    static String post(CheckedHttp http, String name, String body, int status) {
        return sent(http, name, body, "application/json", status);
    }

    static void refusedByBoth(CheckedHttp http, String name, String body, int status,
                              String slug) {
        refusedByBoth(http, name, body, "application/json", status, slug);
    }

    static void refusedByBoth(CheckedHttp http, String name, String body,
                              String contentType, int status, String slug) {
        assertThat(sent(http, name, body, contentType, status)).contains("/problems/" + slug);
        assertThat(http.faultsOf("POST", "/api/commands/" + name, contentType,
                body.getBytes(StandardCharsets.UTF_8))).as(name + " " + body).isNotEmpty();
    }

    private static String sent(CheckedHttp http, String name, String body, String contentType,
                               int status) {
        var a = http.send("POST", "/api/commands/" + name, contentType,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(name + " " + body).isEqualTo(status);
        return a.body();
    }
}
