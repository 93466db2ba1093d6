package tally.query.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.query.testing.ServerTest;

/**
 * {@code GET /api/locations/{location}} answers the JSON it always did, byte for byte, although
 * its text is now kept per location and position: the same text again at that position, new
 * text once a commit moves the read model on, even one that changed another location only.
 */
@MicronautTest
class LocationJsonHttpTest extends ServerTest {

    @Test
    void a_location_is_the_same_text_as_ever_and_follows_the_position() {
        long head = appendTwoProductsInTwoLocations();

        HttpResponse<String> first = exchange("/api/locations/A-01?minPosition=" + head);
        assertThat(first.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        assertThat(first.body()).isEqualTo("{\"position\":" + head + ",\"location\":\"A-01\","
                + "\"items\":[{\"sku\":\"SKU-1\",\"quantity\":3},"
                + "{\"sku\":\"SKU-2\",\"quantity\":4}]}");
        assertThat(exchange("/api/locations/A-01").body()).as("asked again at that position")
                .isEqualTo(first.body());

        long elsewhere = append(new StockReceived("SKU-2", "B-02", 1, null));
        assertThat(exchange("/api/locations/A-01?minPosition=" + elsewhere).body())
                .isEqualTo(first.body().replace("\"position\":" + head + ",",
                        "\"position\":" + elsewhere + ","));

        long here = append(new StockReceived("SKU-1", "A-01", 2, null));
        assertThat(exchange("/api/locations/A-01?minPosition=" + here).body())
                .isEqualTo("{\"position\":" + here + ",\"location\":\"A-01\",\"items\":["
                        + "{\"sku\":\"SKU-1\",\"quantity\":5},"
                        + "{\"sku\":\"SKU-2\",\"quantity\":4}]}");
    }

    private HttpResponse<String> exchange(String uri) {
        return http.toBlocking().exchange(HttpRequest.GET(uri), String.class);
    }
}
