package tally.query.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.query.testing.ServerTest;

@MicronautTest
class ActivityHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void warehouse() {
        head = appendTwoProductsInTwoLocations();
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
}
