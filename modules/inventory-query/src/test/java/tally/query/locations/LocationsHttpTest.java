package tally.query.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.query.testing.ServerTest;

@MicronautTest
class LocationsHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void warehouse() {
        head = appendTwoProductsInTwoLocations();
    }

    @Test
    void lists_the_locations_and_what_lies_in_one() {
        var all = get("/api/locations?minPosition=" + head);
        var one = get("/api/locations/A-01?minPosition=" + head);

        assertThat(all.get("items")).isEqualTo(List.of(
                Map.of("location", "A-01", "skus", 2, "units", 7),
                Map.of("location", "B-02", "skus", 1, "units", 7)));
        assertThat(one).isEqualTo(Map.of("position", (int) head, "location", "A-01", "items",
                List.of(Map.of("sku", "SKU-1", "quantity", 3),
                        Map.of("sku", "SKU-2", "quantity", 4))));
    }
}
