package tally.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.query.testing.ServerTest;

@MicronautTest
class OrderEventsInTheLogHttpTest extends ServerTest {

    @Test
    void an_orders_events_read_out_with_their_lines_as_plain_objects() {
        long head = append(new ProductRegistered("SKU-1", "Widget", 0),
                new OrderPlaced("SO-1", null, List.of(new OrderLine("SKU-1", 3))),
                new OrderAllocated("SO-1", List.of(new LineAllocation("SKU-1", 2, 1))));

        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) get("/api/events?after=1&minPosition=" + head)
                .get("items");

        assertThat(items).extracting(i -> i.get("stream")).containsOnly("order-SO-1");
        var placed = new java.util.HashMap<String, Object>();
        placed.put("orderId", "SO-1");
        placed.put("customer", null);
        placed.put("lines", List.of(Map.of("sku", "SKU-1", "quantity", 3)));
        assertThat(items.get(0)).containsEntry("type", "OrderPlaced").containsEntry("data", placed);
        assertThat(items.get(1)).containsEntry("type", "OrderAllocated").containsEntry("data",
                Map.of("orderId", "SO-1", "lines", List.of(Map.of("sku", "SKU-1", "reserved", 2,
                        "backordered", 1))));
    }
}
