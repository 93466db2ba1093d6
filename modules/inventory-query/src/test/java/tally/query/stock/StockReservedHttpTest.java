package tally.query.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.query.testing.ServerTest;

@MicronautTest
class StockReservedHttpTest extends ServerTest {

    @Test
    @SuppressWarnings("unchecked")
    void tells_what_is_reserved_for_orders_and_what_is_still_available() {
        long at = append(new ProductRegistered("RES-1", "Reel", 0),
                new StockReceived("RES-1", "A-01", 5, null),
                new StockReceived("RES-1", "C-03", 2, null),
                new OrderPlaced("SO-1", null, List.of(new OrderLine("RES-1", 5))),
                new StockReserved("RES-1", "A-01", 4, "SO-1", 90),
                new StockReserved("RES-1", "C-03", 1, "SO-1", 90),
                new ReservedStockPicked("RES-1", "A-01", 1, "SO-1"));

        var item = get("/api/stock/RES-1?minPosition=" + at);
        var line = get("/api/stock?minPosition=" + at);

        assertThat(item).containsEntry("onHand", 6).containsEntry("reserved", 4)
                .containsEntry("available", 2);
        assertThat(item.get("locations")).isEqualTo(List.of(
                Map.of("location", "A-01", "quantity", 4, "reserved", 3),
                Map.of("location", "C-03", "quantity", 2, "reserved", 1)));
        assertThat((List<Object>) line.get("items")).contains(Map.of("sku", "RES-1", "name", "Reel",
                "onHand", 6, "reserved", 4, "available", 2, "reorderPoint", 0,
                "belowReorderPoint", false, "version", 6));
    }
}
