package tally.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A request of each kind the server answers, for {@link ArchiveBuilder}: the classes that serve
 * them go into the archive, so the first requests after a start are quick too. The answers are
 * not checked; the tests do that.
 */
final class ArchiveTraffic {
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"register-product", "{\"sku\":\"ARCHIVE-1\",\"name\":\"Archive\"}"},
            new String[] {"receive-stock",
                "{\"sku\":\"ARCHIVE-1\",\"location\":\"A-01\",\"quantity\":5,\"commandId\":\"a-1\"}"},
            new String[] {"move-stock",
                "{\"sku\":\"ARCHIVE-1\",\"from\":\"A-01\",\"to\":\"A-02\",\"quantity\":2}"},
            new String[] {"pick-stock", "{\"sku\":\"ARCHIVE-1\",\"location\":\"A-02\",\"quantity\":1}"},
            new String[] {"adjust-stock", "{\"sku\":\"ARCHIVE-1\",\"location\":\"A-01\","
                    + "\"countedQuantity\":2,\"reason\":\"count\"}"},
            new String[] {"pick-stock", "{\"sku\":\"ARCHIVE-1\",\"location\":\"A-02\",\"quantity\":99}"},
            new String[] {"receive-stock", "{\"sku\":\"ARCHIVE-1\",\"quantity\":\"many\"}"},
            new String[] {"no-such-command", "{}"});
    private static final List<String> QUERIES = List.of("/health", "/api/products", "/api/stock",
            "/api/stock?belowReorderPoint=true", "/api/stock/ARCHIVE-1?minPosition=5",
            "/api/stock/UNKNOWN", "/api/locations", "/api/locations/A-01", "/api/activity?limit=5",
            "/api/events?after=0&limit=10", "/api/projections", "/openapi.yml");

    private ArchiveTraffic() {
    }

    static void serve(URI server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        InputStream stream = http.send(HttpRequest.newBuilder(server.resolve("/api/stream"))
                .build(), HttpResponse.BodyHandlers.ofInputStream()).body();
        for (String[] command : COMMANDS) {
            http.send(HttpRequest.newBuilder(server.resolve("/api/commands/" + command[0]))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(command[1])).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        for (String query : QUERIES) {
            http.send(HttpRequest.newBuilder(server.resolve(query)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        // Whatever the live stream has sent meanwhile: its messages went out while we queried.
        stream.readNBytes(Math.min(stream.available(), 4096));
        stream.close();
    }
}
