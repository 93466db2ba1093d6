package tally.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockReceived;

@MicronautTest
class QueryHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void warehouse() {
        head = append(new ProductRegistered("SKU-1", "Widget", 5),
                new ProductRegistered("SKU-2", "Gadget", 0),
                new StockReceived("SKU-1", "A-01", 10, "PO-1"),
                new StockMoved("SKU-1", "A-01", "B-02", 7),
                new StockReceived("SKU-2", "A-01", 4, null));
    }

    @Test
    void lists_the_products() {
        var answer = get("/api/products?minPosition=" + head);

        assertThat(number(answer.get("position"))).isEqualTo(head);
        assertThat(answer.get("items")).isEqualTo(List.of(
                Map.of("sku", "SKU-1", "name", "Widget", "reorderPoint", 5),
                Map.of("sku", "SKU-2", "name", "Gadget", "reorderPoint", 0)));
    }

    @Test
    void lists_the_stock_and_filters_what_is_below_its_reorder_point() {
        var all = get("/api/stock?minPosition=" + head);
        var below = get("/api/stock?belowReorderPoint=true&minPosition=" + head);

        assertThat(all.get("items")).isEqualTo(List.of(
                Map.of("sku", "SKU-1", "name", "Widget", "onHand", 10, "reorderPoint", 5,
                        "belowReorderPoint", false, "version", 3),
                Map.of("sku", "SKU-2", "name", "Gadget", "onHand", 4, "reorderPoint", 0,
                        "belowReorderPoint", false, "version", 2)));
        assertThat(below).isEqualTo(Map.of("position", (int) head, "items", List.of()));
    }

    @Test
    void answers_one_product_with_its_locations() {
        var answer = get("/api/stock/SKU-1?minPosition=" + head);

        assertThat(answer).containsEntry("sku", "SKU-1").containsEntry("onHand", 10)
                .containsEntry("version", 3).containsEntry("position", (int) head);
        assertThat(answer.get("locations")).isEqualTo(List.of(
                Map.of("location", "A-01", "quantity", 3), Map.of("location", "B-02", "quantity", 7)));
    }

    @Test
    void an_unknown_product_or_location_is_a_not_found_problem() {
        for (String uri : List.of("/api/stock/NOPE", "/api/locations/NOWHERE")) {
            var e = failure(HttpRequest.GET(uri));
            assertThat(e.getStatus().getCode()).isEqualTo(404);
            assertThat(e.getResponse().getContentType().orElseThrow().toString())
                    .isEqualTo("application/problem+json");
            assertThat(e.getResponse().getBody(Map.class).orElseThrow())
                    .containsEntry("type", "https://tally.dev/problems/not-found")
                    .containsEntry("status", 404);
        }
    }

    @Test
    void lists_the_locations_and_what_lies_in_one() {
        var all = get("/api/locations?minPosition=" + head);
        var one = get("/api/locations/A-01?minPosition=" + head);

        assertThat(all.get("items")).isEqualTo(List.of(
                Map.of("location", "A-01", "skus", 2, "units", 7),
                Map.of("location", "B-02", "skus", 1, "units", 7)));
        assertThat(one).isEqualTo(Map.of("position", (int) head, "location", "A-01", "items",
                List.of(Map.of("sku", "SKU-1", "quantity", 3), Map.of("sku", "SKU-2", "quantity", 4))));
    }

    @Test
    void tells_the_activity_newest_first() {
        var answer = get("/api/activity?limit=2&minPosition=" + head);

        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) answer.get("items");
        assertThat(items).extracting(i -> i.get("position")).containsExactly(5, 4);
        assertThat(items.get(1)).containsEntry("stream", "product-SKU-1")
                .containsEntry("type", "StockMoved")
                .containsEntry("summary", "Moved 7 of SKU-1 from A-01 to B-02");
        assertThat((String) items.get(1).get("occurredAt")).endsWith("Z");
    }

    @Test
    void reads_the_raw_log_in_position_order() {
        var answer = get("/api/events?after=2&limit=2");

        assertThat(number(answer.get("headPosition"))).isGreaterThanOrEqualTo(head);
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) answer.get("items");
        assertThat(items).extracting(i -> i.get("position")).containsExactly(3, 4);
        assertThat(items.get(0)).containsEntry("stream", "product-SKU-1")
                .containsEntry("version", 2).containsEntry("type", "StockReceived")
                .containsEntry("data", Map.of("sku", "SKU-1", "location", "A-01",
                        "quantity", 10, "reference", "PO-1"));
        assertThat(items.get(0)).containsKeys("occurredAt", "commandId");
    }

    @Test
    void parameters_out_of_range_are_invalid_request_problems() {
        for (String uri : List.of("/api/activity?limit=0", "/api/activity?limit=501",
                "/api/events?limit=1001", "/api/stock?waitMillis=30001",
                "/api/products?minPosition=-1", "/api/events?after=-1")) {
            var e = failure(HttpRequest.GET(uri));
            assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
            assertThat(e.getResponse().getBody(Map.class).orElseThrow()).as(uri)
                    .containsEntry("type", "https://tally.dev/problems/invalid-request")
                    .containsKey("errors");
        }
    }
}
