package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tally.command.gateway.CommandGateway;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The order commands of docs/api.md, "Orders and their allocation", over HTTP: every status.
 * The allocation is not in this module; its reservations are made through the gateway here.
 */
@MicronautTest
class OrderCommandApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    @Inject
    CommandGateway gateway;
    Http http;

    @BeforeEach
    void connect() {
        http = new Http(server.getURI());
    }

    Http.Answer ok(String command, String body) {
        var a = http.post(command, body);
        assertThat(a.status()).as(a.body() == null ? "" : a.body().toString()).isEqualTo(200);
        return a;
    }

    Http.Answer refused(String command, String body, int status, String slug) {
        long head = store.headPosition();
        var a = http.post(command, body);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        assertThat(a.body().get("type").asText()).isEqualTo("https://tally.dev/problems/" + slug);
        assertThat(a.body().get("detail").asText()).isNotBlank();
        assertThat(store.headPosition()).as("nothing stored").isEqualTo(head);
        return a;
    }

    /** A product with 10 at A-1, an order for {@code quantity} of it, all of it reserved. */
    long orderReserved(String sku, String orderId, int quantity) {
        ok("register-product", "{\"sku\":\"" + sku + "\",\"name\":\"Bolt\"}");
        ok("receive-stock", "{\"sku\":\"" + sku + "\",\"location\":\"A-1\",\"quantity\":10}");
        long placed = ok("place-order", "{\"orderId\":\"" + orderId + "\",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":" + quantity + "}]}").body().get("position").asLong();
        gateway.issue("reserve-" + orderId, "system:allocation",
                new ReserveStock(orderId, sku, quantity, placed)).join();
        return placed;
    }

    @Test
    void an_order_placed_picked_and_shipped_answers_200_each_time() {
        orderReserved("OA-1", "SO-A1", 4);
        var pick = ok("confirm-pick", "{\"orderId\":\"SO-A1\",\"sku\":\"OA-1\",\"location\":"
                + "\"A-1\",\"quantity\":4}");
        assertThat(pick.body().get("stream").asText()).isEqualTo("product-OA-1");
        var ship = ok("ship-order", "{\"orderId\":\"SO-A1\",\"expectedVersion\":1}");
        assertThat(ship.body().get("stream").asText()).isEqualTo("order-SO-A1");
        assertThat(ship.body().get("version").asLong()).isEqualTo(2);
        assertThat(store.readStream("order-SO-A1")).extracting(StoredEvent::type)
                .containsExactly("OrderPlaced", "OrderShipped");
    }

    @Test
    void a_placed_order_is_cancelled_with_a_200_and_its_reason_recorded() {
        ok("register-product", "{\"sku\":\"OA-2\",\"name\":\"Bolt\"}");
        ok("place-order", "{\"orderId\":\"SO-A2\",\"customer\":\"Ann\",\"lines\":[{\"sku\":"
                + "\"OA-2\",\"quantity\":1}],\"commandId\":\"place-a2\"}");
        var a = ok("cancel-order", "{\"orderId\":\"SO-A2\",\"reason\":\"changed her mind\"}");
        assertThat(a.body().get("version").asLong()).isEqualTo(2);
        assertThat(store.readStream("order-SO-A2").get(1).event().toString())
                .contains("changed her mind");
    }

    @Test
    void a_bad_body_is_a_400_naming_each_field_down_to_the_line() {
        var a = refused("place-order", "{\"orderId\":\"SO A3\",\"lines\":[{\"sku\":\"X\","
                + "\"quantity\":1},{\"sku\":\"Y\",\"quantity\":1},{\"sku\":\"Z\",\"quantity\":0,"
                + "\"colour\":\"red\"}],\"customer\":7}", 400, "invalid-request");
        assertThat(a.body().get("errors").findValuesAsText("field")).containsExactly("orderId",
                "customer", "lines[2].quantity", "lines[2].colour");
        var twice = refused("place-order", "{\"orderId\":\"SO-A3\",\"lines\":[{\"sku\":\"X\","
                + "\"quantity\":1},{\"sku\":\"X\",\"quantity\":2}]}", 400, "invalid-request");
        assertThat(twice.body().get("errors").get(0).get("field").asText())
                .isEqualTo("lines[1].sku");
        var none = refused("place-order", "{\"orderId\":\"SO-A3\",\"lines\":[]}", 400,
                "invalid-request");
        assertThat(none.body().get("detail").asText()).isEqualTo("lines must hold 1 to 100 lines");
        refused("place-order", "{\"orderId\":\"SO-A3\",\"lines\":[7]}", 400, "invalid-request");
        refused("confirm-pick", "{\"orderId\":\"SO-A3\",\"sku\":\"X\",\"location\":\"A-1\"}", 400,
                "invalid-request");
        refused("ship-order", "{}", 400, "invalid-request");
        refused("cancel-order", "{\"orderId\":\"SO-A3\",\"reason\":null}", 400,
                "invalid-request");
    }

    @Test
    void a_stale_expected_version_or_a_reused_command_id_is_a_409() {
        ok("register-product", "{\"sku\":\"OA-4\",\"name\":\"Bolt\"}");
        String place = "{\"orderId\":\"SO-A4\",\"lines\":[{\"sku\":\"OA-4\",\"quantity\":1}],"
                + "\"commandId\":\"place-a4\"}";
        var first = ok("place-order", place);
        assertThat(ok("place-order", place).body()).isEqualTo(first.body());
        refused("place-order", place.replace("\"quantity\":1", "\"quantity\":2"), 409,
                "idempotency-key-reused");
        var stale = refused("cancel-order", "{\"orderId\":\"SO-A4\",\"expectedVersion\":0}", 409,
                "version-conflict");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void what_the_rules_refuse_is_a_422_in_plain_words() {
        orderReserved("OA-5", "SO-A5", 3);
        assertThat(refused("place-order", "{\"orderId\":\"SO-A5\",\"lines\":[{\"sku\":\"OA-5\","
                + "\"quantity\":1}]}", 422, "order-already-placed").body().get("detail").asText())
                .isEqualTo("order SO-A5 has already been placed");
        refused("place-order", "{\"orderId\":\"SO-A6\",\"lines\":[{\"sku\":\"NONE\","
                + "\"quantity\":1}]}", 422, "unknown-product");
        refused("confirm-pick", "{\"orderId\":\"SO-A5\",\"sku\":\"OA-5\",\"location\":\"A-1\","
                + "\"quantity\":4}", 422, "not-reserved-for-order");
        assertThat(refused("pick-stock", "{\"sku\":\"OA-5\",\"location\":\"A-1\",\"quantity\":8}",
                422, "stock-reserved").body().get("detail").asText())
                .isEqualTo("only 7 of OA-5 at A-1 are free: 3 are reserved for orders");
        assertThat(refused("ship-order", "{\"orderId\":\"SO-A5\"}", 422, "order-not-picked")
                .body().get("detail").asText()).endsWith("0 of 3 OA-5 picked");
        refused("cancel-order", "{\"orderId\":\"SO-NONE\"}", 422, "unknown-order");
        ok("cancel-order", "{\"orderId\":\"SO-A5\"}");
        refused("cancel-order", "{\"orderId\":\"SO-A5\"}", 422, "order-closed");
        refused("confirm-pick", "{\"orderId\":\"SO-A5\",\"sku\":\"OA-5\",\"location\":\"A-1\","
                + "\"quantity\":1}", 422, "order-closed");
    }
}
