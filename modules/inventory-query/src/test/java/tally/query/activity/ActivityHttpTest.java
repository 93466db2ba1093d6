package tally.query.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockPicked;
import tally.query.testing.ServerTest;

@MicronautTest
class ActivityHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void warehouse() {
        appendTwoProductsInTwoLocations();
        head = appendAs("operator", new StockPicked("SKU-1", "B-02", 2, "SO-1"));
    }

    @Test
    void tells_the_activity_newest_first_with_who_did_it() {
        var answer = get("/api/activity?limit=3&minPosition=" + head);

        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) answer.get("items");
        assertThat(items).extracting(i -> i.get("position")).containsExactly(6, 5, 4);
        assertThat(items.get(0)).containsEntry("user", "operator")
                .containsEntry("summary", "Picked 2 of SKU-1 at B-02 (ref SO-1)");
        assertThat(items.get(2)).containsEntry("stream", "product-SKU-1")
                .containsEntry("type", "StockMoved")
                .containsEntry("summary", "Moved 7 of SKU-1 from A-01 to B-02");
        assertThat(items.get(2)).as("stored with nobody recorded: there, and null")
                .containsKey("user").containsEntry("user", null);
        assertThat((String) items.get(2).get("occurredAt")).endsWith("Z");
    }
}
