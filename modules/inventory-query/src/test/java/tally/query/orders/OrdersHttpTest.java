package tally.query.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.TallyEvent;
import tally.query.testing.ServerTest;

@MicronautTest
class OrdersHttpTest extends ServerTest {
    /** One order in each status, placed in this order: the list shows them newest first. */
    private static final List<String> BY_STATUS = List.of("PLACED", "ALLOCATED", "PARTIAL",
            "BACKORDERED", "PICKED", "SHIPPED", "CANCELLED");
    private long head;

    @BeforeAll
    void orders() {
        var events = new ArrayList<TallyEvent>(List.of(new ProductRegistered("P-1", "Pin", 0),
                new StockReceived("P-1", "B-02", 50, null),
                new StockReceived("P-1", "A-01", 50, null)));
        events.add(placed("SO-PLACED", 2));
        events.addAll(List.of(placed("SO-ALLOCATED", 3),
                new StockReserved("P-1", "B-02", 1, "SO-ALLOCATED", 5),
                new StockReserved("P-1", "A-01", 2, "SO-ALLOCATED", 5),
                allocated("SO-ALLOCATED", 3, 0)));
        events.addAll(List.of(placed("SO-PARTIAL", 4),
                new StockReserved("P-1", "A-01", 1, "SO-PARTIAL", 9),
                allocated("SO-PARTIAL", 1, 3)));
        events.addAll(List.of(placed("SO-BACKORDERED", 2), allocated("SO-BACKORDERED", 0, 2)));
        events.addAll(List.of(placed("SO-PICKED", 1),
                new StockReserved("P-1", "A-01", 1, "SO-PICKED", 14),
                allocated("SO-PICKED", 1, 0),
                new ReservedStockPicked("P-1", "A-01", 1, "SO-PICKED")));
        events.addAll(List.of(placed("SO-SHIPPED", 1),
                new StockReserved("P-1", "A-01", 1, "SO-SHIPPED", 18),
                allocated("SO-SHIPPED", 1, 0),
                new ReservedStockPicked("P-1", "A-01", 1, "SO-SHIPPED"),
                new OrderShipped("SO-SHIPPED")));
        events.addAll(List.of(placed("SO-CANCELLED", 1),
                new StockReserved("P-1", "A-01", 1, "SO-CANCELLED", 23),
                allocated("SO-CANCELLED", 1, 0),
                new OrderCancelled("SO-CANCELLED", "no longer wanted"),
                new ReservationReleased("P-1", "A-01", 1, "SO-CANCELLED")));
        head = append(events.toArray(TallyEvent[]::new));
    }

    private static OrderPlaced placed(String orderId, int quantity) {
        return new OrderPlaced(orderId, "Customer of " + orderId,
                List.of(new OrderLine("P-1", quantity)));
    }

    private static OrderAllocated allocated(String orderId, int reserved, int backordered) {
        return new OrderAllocated(orderId, List.of(new LineAllocation("P-1", reserved,
                backordered)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("items");
    }

    @Test
    void lists_the_orders_newest_first_with_their_status_and_how_many_lines() {
        var answer = get("/api/orders?minPosition=" + head);

        assertThat(number(answer.get("position"))).isEqualTo(head);
        assertThat(items(answer)).extracting(o -> o.get("status"))
                .containsExactlyElementsOf(BY_STATUS.reversed());
        assertThat(items(answer).getLast()).containsEntry("orderId", "SO-PLACED")
                .containsEntry("customer", "Customer of SO-PLACED").containsEntry("lines", 1)
                .containsKey("placedAt").hasSize(5);
    }

    @Test
    void filters_by_each_status() {
        for (String status : BY_STATUS) {
            var answer = get("/api/orders?status=" + status + "&minPosition=" + head);

            assertThat(items(answer)).as(status).extracting(o -> o.get("orderId"))
                    .containsExactly("SO-" + status);
        }
    }

    @Test
    void limit_keeps_the_newest() {
        var answer = get("/api/orders?limit=2&minPosition=" + head);

        assertThat(items(answer)).extracting(o -> o.get("orderId"))
                .containsExactly("SO-CANCELLED", "SO-SHIPPED");
    }

    @Test
    void answers_one_order_with_its_line_figures() {
        var answer = get("/api/orders/SO-PARTIAL?minPosition=" + head);

        assertThat(answer).containsEntry("orderId", "SO-PARTIAL")
                .containsEntry("customer", "Customer of SO-PARTIAL")
                .containsEntry("status", "PARTIAL").containsEntry("version", 2)
                .containsEntry("position", (int) head).containsKey("placedAt");
        assertThat(answer.get("lines")).isEqualTo(List.of(Map.of("sku", "P-1", "ordered", 4,
                "reserved", 1, "picked", 0, "backordered", 3)));
    }

    @Test
    void answers_the_pick_list_in_walk_order_and_empties_it_as_units_are_picked() {
        var allocated = get("/api/orders/SO-ALLOCATED/pick-list?minPosition=" + head);
        var picked = get("/api/orders/SO-PICKED/pick-list?minPosition=" + head);

        assertThat(allocated).containsEntry("orderId", "SO-ALLOCATED")
                .containsEntry("position", (int) head);
        assertThat(items(allocated)).containsExactly(
                Map.of("sku", "P-1", "location", "A-01", "quantity", 2),
                Map.of("sku", "P-1", "location", "B-02", "quantity", 1));
        assertThat(items(picked)).isEmpty();
    }

    @Test
    void an_unknown_order_is_a_not_found_problem() {
        for (String uri : List.of("/api/orders/SO-NONE", "/api/orders/SO-NONE/pick-list")) {
            var e = failure(HttpRequest.GET(uri));

            assertThat(e.getStatus().getCode()).as(uri).isEqualTo(404);
            assertThat(e.getResponse().getContentType().orElseThrow().toString())
                    .isEqualTo("application/problem+json");
            assertThat(e.getResponse().getBody(Map.class).orElseThrow())
                    .containsEntry("type", "https://tally.dev/problems/not-found")
                    .containsEntry("detail", "no order SO-NONE");
        }
    }

    @Test
    void an_unknown_status_or_a_limit_out_of_range_is_an_invalid_request() {
        for (String uri : List.of("/api/orders?status=LOST", "/api/orders?status=placed",
                "/api/orders?limit=0", "/api/orders?limit=1001",
                "/api/orders/SO-PLACED?minPosition=-1")) {
            var e = failure(HttpRequest.GET(uri));

            assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
            assertThat(e.getResponse().getBody(Map.class).orElseThrow()).as(uri)
                    .containsEntry("type", "https://tally.dev/problems/invalid-request");
        }
        var e = failure(HttpRequest.GET("/api/orders?status=LOST"));
        assertThat(e.getResponse().getBody(Map.class).orElseThrow().get("detail")).isEqualTo(
                "status must be one of PLACED, ALLOCATED, PARTIAL, BACKORDERED, PICKED,"
                        + " SHIPPED, CANCELLED");
    }

    @Test
    void a_position_not_reached_within_the_wait_is_told_by_the_answer() {
        get("/api/orders?minPosition=" + head);
        var answer = get("/api/orders/SO-PLACED?minPosition=" + (head + 1000)
                + "&waitMillis=50");

        assertThat(number(answer.get("position"))).isEqualTo(head);
    }
}
