package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.OwnServer;

/**
 * An order's whole life over HTTP on the real server: placed, allocated in full, in part or not
 * at all, filled from a receipt oldest first, picked from its pick list in walk order, shipped or
 * cancelled; and what the stock says of it meanwhile. Each test has products of its own.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderLifeHttpTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    OrderDesk desk;
    OrderDesk operator;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-order-life");
    }

    @BeforeAll
    void signIn() {
        desk = OrderDesk.signedIn(server.getURI());
        operator = desk.newUser("picker", "operator");
    }

    static String line(JsonNode order, int i) {
        JsonNode l = order.get("lines").get(i);
        return l.get("sku").asText() + " ordered " + l.get("ordered") + ", reserved "
                + l.get("reserved") + ", picked " + l.get("picked") + ", backordered "
                + l.get("backordered");
    }

    static String items(JsonNode pickList) {
        var text = new StringBuilder();
        pickList.get("items").forEach(i -> text.append(i.get("location").asText()).append(' ')
                .append(i.get("sku").asText()).append(' ').append(i.get("quantity")).append("; "));
        return text.toString();
    }

    @Test
    void an_order_is_allocated_picked_in_walk_order_and_shipped() {
        desk.product("LIFE-1", "B-02", 5, "A-01", 3);
        desk.product("LIFE-2", "A-01", 2);
        desk.ok("place-order", "{\"orderId\":\"SO-LIFE-1\",\"customer\":\"Acme Ltd\","
                + "\"lines\":[{\"sku\":\"LIFE-1\",\"quantity\":6},{\"sku\":\"LIFE-2\","
                + "\"quantity\":2}]}");

        JsonNode order = desk.awaitStatus("SO-LIFE-1", "ALLOCATED");
        assertThat(order.get("customer").asText()).isEqualTo("Acme Ltd");
        assertThat(line(order, 0)).isEqualTo("LIFE-1 ordered 6, reserved 6, picked 0, "
                + "backordered 0");
        assertThat(items(desk.pickList("SO-LIFE-1")))
                .isEqualTo("A-01 LIFE-1 3; A-01 LIFE-2 2; B-02 LIFE-1 3; ");
        JsonNode stock = desk.stock("LIFE-1");
        assertThat(stock.get("onHand").asLong()).isEqualTo(8);
        assertThat(stock.get("reserved").asLong()).isEqualTo(6);
        assertThat(stock.get("available").asLong()).isEqualTo(2);
        assertThat(stock.get("locations")).extracting(l -> l.get("location").asText() + " "
                + l.get("quantity") + "/" + l.get("reserved"))
                .containsExactly("A-01 3/3", "B-02 5/3");

        desk.refused(422, "order-not-picked", "ship-order", "{\"orderId\":\"SO-LIFE-1\"}");
        operator.confirmPick("SO-LIFE-1", "LIFE-1", "A-01", 3);
        operator.confirmPick("SO-LIFE-1", "LIFE-2", "A-01", 2);
        operator.refused(422, "not-reserved-for-order", "confirm-pick",
                OrderDesk.pickBody("SO-LIFE-1", "LIFE-1", "B-02", 4));
        order = desk.order("SO-LIFE-1");
        assertThat(order.get("status").asText()).isEqualTo("ALLOCATED");
        assertThat(line(order, 0)).isEqualTo("LIFE-1 ordered 6, reserved 3, picked 3, "
                + "backordered 0");
        desk.refused(422, "order-not-picked", "ship-order", "{\"orderId\":\"SO-LIFE-1\"}");

        operator.confirmPick("SO-LIFE-1", "LIFE-1", "B-02", 3);
        assertThat(desk.awaitStatus("SO-LIFE-1", "PICKED").get("lines"))
                .allMatch(l -> l.get("picked").equals(l.get("ordered"))
                        && l.get("reserved").asLong() == 0);
        assertThat(desk.pickList("SO-LIFE-1").get("items")).isEmpty();
        stock = desk.stock("LIFE-1");
        assertThat(stock.get("onHand").asLong()).isEqualTo(2);
        assertThat(stock.get("reserved").asLong()).isZero();

        desk.ok("ship-order", "{\"orderId\":\"SO-LIFE-1\"}");
        assertThat(desk.awaitStatus("SO-LIFE-1", "SHIPPED").get("version").asLong()).isPositive();
        desk.refused(422, "order-closed", "cancel-order", "{\"orderId\":\"SO-LIFE-1\"}");
        desk.refused(422, "order-closed", "ship-order", "{\"orderId\":\"SO-LIFE-1\"}");
        assertThat(desk.get("/api/orders?status=SHIPPED").get("items"))
                .extracting(i -> i.get("orderId").asText()).contains("SO-LIFE-1");
    }

    @Test
    void what_is_short_is_backordered_and_a_receipt_fills_the_oldest_order_first() {
        desk.product("LIFE-3", "A-01", 4);
        desk.place("SO-PART-1", "LIFE-3", 10);
        JsonNode partial = desk.awaitStatus("SO-PART-1", "PARTIAL");
        assertThat(line(partial, 0)).isEqualTo("LIFE-3 ordered 10, reserved 4, picked 0, "
                + "backordered 6");
        desk.place("SO-PART-2", "LIFE-3", 3);
        assertThat(line(desk.awaitStatus("SO-PART-2", "BACKORDERED"), 0))
                .isEqualTo("LIFE-3 ordered 3, reserved 0, picked 0, backordered 3");
        assertThat(desk.get("/api/orders?status=BACKORDERED").get("items"))
                .extracting(i -> i.get("orderId").asText()).contains("SO-PART-2")
                .doesNotContain("SO-PART-1");

        desk.receive("LIFE-3", "C-03", 7);
        assertThat(line(desk.awaitStatus("SO-PART-1", "ALLOCATED"), 0))
                .isEqualTo("LIFE-3 ordered 10, reserved 10, picked 0, backordered 0");
        assertThat(line(desk.awaitStatus("SO-PART-2", "PARTIAL"), 0))
                .isEqualTo("LIFE-3 ordered 3, reserved 1, picked 0, backordered 2");
        assertThat(items(desk.pickList("SO-PART-1"))).isEqualTo("A-01 LIFE-3 4; C-03 LIFE-3 6; ");

        desk.receive("LIFE-3", "B-02", 5);
        desk.awaitStatus("SO-PART-2", "ALLOCATED");
        JsonNode stock = desk.stock("LIFE-3");
        assertThat(stock.get("reserved").asLong()).isEqualTo(13);
        assertThat(stock.get("available").asLong()).isEqualTo(3);
    }

    @Test
    void a_cancelled_order_releases_its_units_to_the_next_in_line() {
        desk.product("LIFE-4", "A-01", 5);
        desk.place("SO-CAN-1", "LIFE-4", 5);
        desk.awaitStatus("SO-CAN-1", "ALLOCATED");
        desk.place("SO-CAN-2", "LIFE-4", 2);
        desk.awaitStatus("SO-CAN-2", "BACKORDERED");

        desk.ok("cancel-order", "{\"orderId\":\"SO-CAN-1\",\"reason\":\"customer called\"}");
        desk.awaitStatus("SO-CAN-1", "CANCELLED");
        desk.awaitStatus("SO-CAN-2", "ALLOCATED");
        assertThat(desk.stock("LIFE-4").get("reserved").asLong()).isEqualTo(2);
        assertThat(desk.pickList("SO-CAN-1").get("items")).isEmpty();
        desk.refused(422, "order-closed", "cancel-order", "{\"orderId\":\"SO-CAN-1\"}");
        operator.refused(422, "order-closed", "confirm-pick",
                OrderDesk.pickBody("SO-CAN-1", "LIFE-4", "A-01", 1));
    }

    @Test
    void reserved_units_may_be_neither_moved_nor_picked_without_the_order() {
        desk.product("LIFE-5", "A-01", 5);
        desk.place("SO-HOLD-1", "LIFE-5", 4);
        desk.awaitStatus("SO-HOLD-1", "ALLOCATED");

        JsonNode refusal = operator.refused(422, "stock-reserved", "move-stock",
                "{\"sku\":\"LIFE-5\",\"from\":\"A-01\",\"to\":\"B-02\",\"quantity\":2}");
        assertThat(refusal.get("detail").asText())
                .isEqualTo("only 1 of LIFE-5 at A-01 is free: 4 are reserved for orders");
        operator.refused(422, "stock-reserved", "pick-stock",
                "{\"sku\":\"LIFE-5\",\"location\":\"A-01\",\"quantity\":2}");
        operator.ok("pick-stock", "{\"sku\":\"LIFE-5\",\"location\":\"A-01\",\"quantity\":1}");
        operator.refused(422, "stock-reserved", "move-stock",
                "{\"sku\":\"LIFE-5\",\"from\":\"A-01\",\"to\":\"B-02\",\"quantity\":1}");
        JsonNode stock = desk.stock("LIFE-5");
        assertThat(stock.get("onHand").asLong()).isEqualTo(4);
        assertThat(stock.get("available").asLong()).isZero();
    }

    @Test
    void a_count_below_what_is_reserved_cuts_the_youngest_order_which_finds_units_elsewhere() {
        desk.product("LIFE-6", "A-01", 6, "B-02", 1);
        desk.place("SO-OLD", "LIFE-6", 3);
        desk.awaitStatus("SO-OLD", "ALLOCATED");
        desk.place("SO-YOUNG", "LIFE-6", 3);
        desk.awaitStatus("SO-YOUNG", "ALLOCATED");
        assertThat(items(desk.pickList("SO-YOUNG"))).isEqualTo("A-01 LIFE-6 3; ");

        operator.ok("adjust-stock", "{\"sku\":\"LIFE-6\",\"location\":\"A-01\","
                + "\"countedQuantity\":4,\"reason\":\"cycle count\"}");
        JsonNode young = desk.awaitStatus("SO-YOUNG", "PARTIAL");
        desk.quiet();
        young = desk.order("SO-YOUNG");
        assertThat(line(young, 0)).isEqualTo("LIFE-6 ordered 3, reserved 2, picked 0, "
                + "backordered 1");
        assertThat(items(desk.pickList("SO-YOUNG"))).isEqualTo("A-01 LIFE-6 1; B-02 LIFE-6 1; ");
        assertThat(line(desk.order("SO-OLD"), 0)).isEqualTo("LIFE-6 ordered 3, reserved 3, "
                + "picked 0, backordered 0");
        JsonNode stock = desk.stock("LIFE-6");
        assertThat(stock.get("onHand").asLong()).isEqualTo(5);
        assertThat(stock.get("reserved").asLong()).isEqualTo(5);

        operator.ok("adjust-stock", "{\"sku\":\"LIFE-6\",\"location\":\"A-01\","
                + "\"countedQuantity\":5,\"reason\":\"found one\"}");
        desk.awaitStatus("SO-YOUNG", "ALLOCATED");
    }
}
