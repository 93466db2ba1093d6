package tally.query.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.query.testing.ServerTest;

@MicronautTest
class StockHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void warehouse() {
        head = appendTwoProductsInTwoLocations();
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
                Map.of("sku", "SKU-1", "name", "Widget", "onHand", 10, "reserved", 0,
                        "available", 10, "reorderPoint", 5, "belowReorderPoint", false,
                        "version", 3),
                Map.of("sku", "SKU-2", "name", "Gadget", "onHand", 4, "reserved", 0,
                        "available", 4, "reorderPoint", 0, "belowReorderPoint", false,
                        "version", 2)));
        assertThat(below).isEqualTo(Map.of("position", (int) head, "items", List.of()));
    }

    @Test
    void answers_one_product_with_its_locations() {
        var answer = get("/api/stock/SKU-1?minPosition=" + head);

        assertThat(answer).containsEntry("sku", "SKU-1").containsEntry("onHand", 10)
                .containsEntry("version", 3).containsEntry("position", (int) head);
        assertThat(answer.get("locations")).isEqualTo(List.of(
                Map.of("location", "A-01", "quantity", 3, "reserved", 0),
                Map.of("location", "B-02", "quantity", 7, "reserved", 0)));
    }
}
