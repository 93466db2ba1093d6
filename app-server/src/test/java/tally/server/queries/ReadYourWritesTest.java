package tally.server.queries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole way round over HTTP: a command answers with its position, and a query asking for
 * that position (minPosition) sees the command's effect, in every read model.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-ryw").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long command(String name, Map<String, Object> body) {
        Map<?, ?> answer = http.toBlocking().retrieve(
                HttpRequest.POST("/api/commands/" + name, body), Map.class);
        return ((Number) answer.get("position")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> query(String path, long position) {
        String separator = path.contains("?") ? "&" : "?";
        return http.toBlocking().retrieve(HttpRequest.GET(path + separator + "minPosition="
                + position + "&waitMillis=10000"), Map.class);
    }

    @Test
    void a_query_with_the_position_of_a_command_sees_that_command() {
        long registered = command("register-product",
                Map.of("sku", "RYW-1", "name", "Ratchet", "reorderPoint", 4));
        assertThat(query("/api/products", registered).get("items")).asList()
                .contains(Map.of("sku", "RYW-1", "name", "Ratchet", "reorderPoint", 4));

        long received = command("receive-stock",
                Map.of("sku", "RYW-1", "location", "R-01", "quantity", 3, "reference", "PO-1"));
        var item = query("/api/stock/RYW-1", received);
        assertThat(((Number) item.get("position")).longValue()).isGreaterThanOrEqualTo(received);
        assertThat(item).containsEntry("onHand", 3).containsEntry("belowReorderPoint", true)
                .containsEntry("locations",
                        List.of(Map.of("location", "R-01", "quantity", 3, "reserved", 0)));

        long moved = command("move-stock",
                Map.of("sku", "RYW-1", "from", "R-01", "to", "R-02", "quantity", 2));
        assertThat(query("/api/locations/R-02", moved).get("items"))
                .isEqualTo(List.of(Map.of("sku", "RYW-1", "quantity", 2)));

        long picked = command("pick-stock",
                Map.of("sku", "RYW-1", "location", "R-02", "quantity", 1));
        @SuppressWarnings("unchecked")
        var newest = ((List<Map<String, Object>>) query("/api/activity?limit=1", picked)
                .get("items")).get(0);
        assertThat(newest).containsEntry("type", "StockPicked")
                .containsEntry("position", (int) picked);

        long counted = command("adjust-stock", Map.of("sku", "RYW-1", "location", "R-01",
                "countedQuantity", 5, "reason", "found more"));
        assertThat(query("/api/stock/RYW-1", counted)).containsEntry("onHand", 6)
                .containsEntry("belowReorderPoint", false);
    }
}
