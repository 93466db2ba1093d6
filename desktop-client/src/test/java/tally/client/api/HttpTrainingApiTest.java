package tally.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.client.api.TrainingShapes.History;
import tally.client.api.TrainingShapes.SecondOperator;
import tally.client.api.TrainingShapes.Traffic;

/** The training calls against a stub answering as the lessons' contract says the server does. */
class HttpTrainingApiTest {
    private final HttpServer stub = start();
    private final TrainingApi api = new HttpTallyApi(
            URI.create("http://127.0.0.1:" + stub.getAddress().getPort())).training();
    private final BlockingQueue<String> requests = new ArrayBlockingQueue<>(10);

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        stub.stop(0);
    }

    /** Notes "METHOD path body" of each request and answers with {@code status} and {@code body}. */
    private void route(String path, int status, String body) {
        stub.createContext(path, ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(ex, status, body);
        });
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", status < 300 ? "application/json"
                : "application/problem+json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static final String TRAFFIC = "{\"running\":true,\"commandsPerSecond\":20,"
            + "\"accepted\":1234,\"refused\":12,\"startedAt\":\"2026-12-04T16:00:00Z\"}";

    @Test
    void reads_the_training_and_starts_and_stops_the_traffic() {
        route("/api/training/traffic", 200, TRAFFIC);
        route("/api/training", 200, "{\"traffic\":" + TRAFFIC + ",\"history\":{\"running\":"
                + "false,\"requested\":0,\"appended\":0,\"fromPosition\":null,\"toPosition\":"
                + "null},\"later\":\"a field the console does not know\"}");

        var training = api.training();
        assertThat(training.traffic()).isEqualTo(new Traffic(true, 20, 1234, 12,
                "2026-12-04T16:00:00Z"));
        assertThat(training.history()).isEqualTo(new History(false, 0, 0, null, null));
        assertThat(api.startTraffic(20).accepted()).isEqualTo(1234);
        api.stopTraffic();
        assertThat(requests).containsExactly("GET /api/training ",
                "PUT /api/training/traffic {\"commandsPerSecond\":20}",
                "DELETE /api/training/traffic ");
    }

    @Test
    void the_second_operator_the_history_and_a_paced_rebuild_send_their_bodies() {
        route("/api/training/second-operator", 200, "{\"user\":\"system:training\",\"command\":"
                + "\"receive-stock\",\"sku\":\"SKU-1001\",\"location\":\"A-01-1\",\"quantity\":1,"
                + "\"orderId\":null,\"position\":3121,\"version\":57}");
        route("/api/training/history", 202, "{\"running\":true,\"requested\":200000,"
                + "\"appended\":0,\"fromPosition\":3120,\"toPosition\":null}");
        route("/api/projections/stock/rebuild", 200, "{\"name\":\"stock\",\"position\":0,"
                + "\"headPosition\":3120,\"lag\":3120,\"lagMillis\":0,\"state\":\"REBUILDING\","
                + "\"delayMillis\":0,\"lastError\":null,\"rebuildEventsPerSecond\":2000}");

        assertThat(api.secondOperator("SKU-1001", "receive-stock")).isEqualTo(new SecondOperator(
                "system:training", "receive-stock", "SKU-1001", "A-01-1", 1, null, 3121, 57L));
        assertThat(api.growHistory(200_000).fromPosition()).isEqualTo(3120L);
        assertThat(api.stopHistory().requested()).isEqualTo(200_000);
        assertThat(api.rebuild("stock", 2000).state()).isEqualTo("REBUILDING");
        assertThat(requests).containsExactly(
                "POST /api/training/second-operator {\"sku\":\"SKU-1001\",\"command\":"
                        + "\"receive-stock\"}",
                "POST /api/training/history {\"events\":200000}",
                "DELETE /api/training/history ",
                "POST /api/projections/stock/rebuild {\"eventsPerSecond\":2000}");
    }

    @Test
    void a_refusal_is_a_problem() {
        route("/api/training/history", 409, "{\"type\":\"https://tally.dev/problems/conflict\","
                + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"a longer history is being"
                + " appended\"}");
        assertThatThrownBy(() -> api.growHistory(10)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("a longer history is being appended");
    }
}
