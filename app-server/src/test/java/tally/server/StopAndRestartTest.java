package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.server.openapi.TestSignIn;

/** SIGTERM under load: every answered command survives, and a restart goes on from there. */
class StopAndRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile String bearer;

    @Test
    void a_server_stopped_with_sigterm_under_load_ends_quickly_and_loses_nothing(
            @TempDir Path data) throws Exception {
        var answered = new ConcurrentLinkedQueue<Long>();
        long stopMillis;
        try (ChildServer server = ChildServer.start(data)) {
            bearer = TestSignIn.bearer(server.url());
            post(server.url(), "register-product", "{\"sku\":\"BOLT-1\",\"name\":\"Bolt\"}");
            var running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            JsonNode ok = post(server.url(), "receive-stock",
                                    "{\"sku\":\"BOLT-1\",\"location\":\"A-01\",\"quantity\":1}");
                            if (ok != null) {
                                answered.add(ok.get("position").asLong());
                            }
                        } catch (Exception e) {
                            return; // the server has gone away
                        }
                    }
                });
            }
            Thread.sleep(1500);
            stopMillis = server.terminate();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered).hasSizeGreaterThan(10);
        assertThat(stopMillis).isLessThan(10_000);

        try (ChildServer again = ChildServer.start(data)) {
            bearer = TestSignIn.bearer(again.url()); // the same user, kept in the data folder
            long head = get(again.url(), "/api/events?after=0&limit=1").get("headPosition")
                    .asLong();
            assertThat(head).isGreaterThanOrEqualTo(answered.stream().mapToLong(p -> p).max()
                    .orElseThrow());
            JsonNode more = post(again.url(), "receive-stock",
                    "{\"sku\":\"BOLT-1\",\"location\":\"A-01\",\"quantity\":5}");
            assertThat(more.get("position").asLong()).isEqualTo(head + 1);
            JsonNode stock = get(again.url(), "/api/stock/BOLT-1?minPosition=" + (head + 1));
            assertThat(stock.get("onHand").asLong()).isEqualTo(head - 1 + 5);
        }
    }

    /** The answer of a 200, or null for any other status. */
    private JsonNode post(URI server, String command, String body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(server.resolve("/api/commands/" + command))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private JsonNode get(URI server, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(server.resolve(path))
                .header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
