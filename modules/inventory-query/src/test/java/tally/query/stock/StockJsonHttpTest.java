package tally.query.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.query.testing.ServerTest;

/**
 * {@code GET /api/stock} answers the JSON it always did, byte for byte, although its text is now
 * written once per position and kept: the same text again at that position, and new text, never
 * the kept one, once a commit moves the read model on.
 */
@MicronautTest
class StockJsonHttpTest extends ServerTest {

    @Test
    void the_list_is_the_same_text_as_ever_and_follows_the_position() {
        long head = appendTwoProductsInTwoLocations();

        HttpResponse<String> first = exchange("/api/stock?minPosition=" + head);
        assertThat(first.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        assertThat(first.body()).isEqualTo("{\"position\":" + head + ",\"items\":["
                + "{\"sku\":\"SKU-1\",\"name\":\"Widget\",\"onHand\":10,\"reserved\":0,"
                + "\"available\":10,\"reorderPoint\":5,\"belowReorderPoint\":false,"
                + "\"version\":3},"
                + "{\"sku\":\"SKU-2\",\"name\":\"Gadget\",\"onHand\":4,\"reserved\":0,"
                + "\"available\":4,\"reorderPoint\":0,\"belowReorderPoint\":false,"
                + "\"version\":2}]}");
        assertThat(exchange("/api/stock").body()).as("asked again at that position")
                .isEqualTo(first.body());
        assertThat(exchange("/api/stock?belowReorderPoint=true").body())
                .isEqualTo("{\"position\":" + head + ",\"items\":[]}");

        long next = append(new StockReceived("SKU-2", "A-01", 3, null));

        assertThat(exchange("/api/stock?minPosition=" + next).body())
                .startsWith("{\"position\":" + next + ",")
                .contains("{\"sku\":\"SKU-2\",\"name\":\"Gadget\",\"onHand\":7,");
        assertThat(exchange("/api/stock?belowReorderPoint=true&minPosition=" + next).body())
                .isEqualTo("{\"position\":" + next + ",\"items\":[]}");
    }

    private HttpResponse<String> exchange(String uri) {
        return http.toBlocking().exchange(HttpRequest.GET(uri), String.class);
    }
}
