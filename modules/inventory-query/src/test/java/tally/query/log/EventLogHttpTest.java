package tally.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockPicked;
import tally.query.testing.ServerTest;

@MicronautTest
class EventLogHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void warehouse() {
        appendTwoProductsInTwoLocations();
        head = appendAs("system:allocation", new StockPicked("SKU-1", "B-02", 1, null));
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
    void tells_who_did_each_event_and_null_where_nobody_was_recorded() {
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) get("/api/events?after=4").get("items");

        assertThat(items).extracting(i -> i.get("position")).containsExactly(5, 6);
        assertThat(items.get(0)).containsKey("user").containsEntry("user", null);
        assertThat(items.get(1)).containsEntry("user", "system:allocation");
    }
}
