package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.postgres.TestPostgres;

/**
 * PostgreSQL restarted under a running node (issue 17; docs/scale.md, "Failures"). While it is
 * down, a command is a 503 problem that stores nothing and queries answer from the node's own
 * read models; once it is back, the same command id is taken (once), and the read models and the
 * allocation follow the log again on their own, still RUNNING. Before this was tested, every
 * read model stayed FAILED at the position before the restart until a trainer resumed it.
 */
class PostgresRestartTest {
    private static final String RECEIVE = "{\"sku\":\"PG-1\",\"location\":\"A-01\",\"quantity\":%d,"
            + "\"commandId\":\"%s\"}";

    @Test
    void a_node_takes_commands_and_follows_the_log_again_once_postgresql_is_back(
            @TempDir Path data) throws Exception {
        var server = TestPostgres.server();
        String store = server.freshStore();
        try (ChildServer child = ChildServer.start(data, "--store", store)) {
            var node = new NodeClient(child.url());
            node.command("register-product", "{\"sku\":\"PG-1\",\"name\":\"Restart probe\"}");
            long before = node.command("receive-stock", RECEIVE.formatted(5, "before"))
                    .get("position").asLong();
            // The read model has the 5 before PostgreSQL goes: once it is down, no read model
            // can read the log, and the 5 would wait for its return (CI saw 0 once).
            assertThat(node.get("/api/stock/PG-1?minPosition=" + before + "&waitMillis=30000")
                    .get("onHand").asInt()).isEqualTo(5);

            server.stopServer();
            try {
                var refused = node.send("receive-stock", RECEIVE.formatted(7, "during"));
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue(
                        "application/problem+json");
                assertThat(node.get("/api/stock/PG-1").get("onHand").asInt()).isEqualTo(5);
            } finally {
                server.startServer();
            }

            JsonNode taken = eventually(() -> node.send("receive-stock",
                    RECEIVE.formatted(7, "during")));
            long head = taken.get("position").asLong();
            assertThat(node.command("receive-stock", RECEIVE.formatted(7, "during"))
                    .get("position").asLong()).as("the same id again: its first answer")
                    .isEqualTo(head);
            node.command("place-order", "{\"orderId\":\"PG-O1\",\"lines\":[{\"sku\":\"PG-1\","
                    + "\"quantity\":3}]}");
            long last = NodeClient.awaitAllocationQuiet(java.util.List.of(node)); // all RUNNING
            assertThat(node.get("/api/stock/PG-1?minPosition=" + last + "&waitMillis=30000")
                    .get("onHand").asInt()).isEqualTo(12);
            assertThat(node.get("/api/orders/PG-O1?minPosition=" + last + "&waitMillis=30000")
                    .get("status").asText()).isEqualTo("ALLOCATED");
        }
    }

    private interface Attempt {
        java.net.http.HttpResponse<String> send() throws Exception;
    }

    /** The first 200 within a minute of PostgreSQL's return (the node reconnects on its own). */
    private static JsonNode eventually(Attempt attempt) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            var answer = attempt.send();
            if (answer.statusCode() == 200) {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(System.nanoTime()).as("a 200 once PostgreSQL is back").isLessThan(deadline);
            Thread.sleep(200); // a retry as a client would make it
        }
    }
}
