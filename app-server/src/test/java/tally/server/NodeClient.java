package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tally.server.openapi.TestSignIn;

/** A signed-in client of one node started by a test, for tests over several nodes. */
final class NodeClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI node;
    private final String bearer;

    NodeClient(URI node) {
        this.node = node;
        this.bearer = TestSignIn.bearer(node);
    }

    /** Sends a command; fails unless it is answered 200. */
    JsonNode command(String name, String body) throws Exception {
        var response = send(name, body);
        assertThat(response.statusCode()).as("%s %s on %s: %s", name, body, node,
                response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Sends a command, whatever the answer. */
    HttpResponse<String> send(String name, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(node.resolve("/api/commands/" + name))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(node.resolve(path))
                .header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s on %s: %s", path, node, response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The allocation's state in {@code /api/projections}: RUNNING, STANDBY, ... */
    String allocationState() throws Exception {
        for (JsonNode model : get("/api/projections")) {
            if (model.get("name").asText().equals("allocation")) {
                return model.get("state").asText();
            }
        }
        throw new AssertionError("no allocation in /api/projections on " + node);
    }

    /** A meter of {@code /metrics} without labels (asked from this machine: no token needed). */
    double meter(String name) throws Exception {
        var response = http.send(HttpRequest.newBuilder(node.resolve("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /metrics on %s", node).isEqualTo(200);
        return response.body().lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(name + " not in /metrics on " + node));
    }

    /** Every event of the log, in position order. */
    List<JsonNode> wholeLog() throws Exception {
        var log = new ArrayList<JsonNode>();
        JsonNode page;
        do {
            page = get("/api/events?after=" + log.size() + "&limit=1000").get("items");
            page.forEach(log::add);
        } while (!page.isEmpty());
        return log;
    }

    /**
     * Waits until every node's read models and allocation have reached one head that stays the
     * same for a second (the allocation appends as it reacts, so the head moves until it is
     * done); fails at once if any of them FAILED. Answers that head.
     */
    static long awaitAllocationQuiet(List<NodeClient> nodes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        long quietHead = -1;
        while (true) {
            long head = commonHead(nodes);
            if (head >= 0 && head == quietHead) {
                return head;
            }
            quietHead = head;
            assertThat(System.nanoTime()).as("the nodes settling on one head").isLessThan(deadline);
            Thread.sleep(1000); // the head must hold this long to count as quiet
        }
    }

    /** The head every node's read models and allocation stand at, or -1 while they differ. */
    private static long commonHead(List<NodeClient> nodes) throws Exception {
        long head = -1;
        for (NodeClient node : nodes) {
            for (JsonNode model : node.get("/api/projections")) {
                // on a shared log one node's allocation sends commands, the others stand by
                String running = model.get("name").asText().equals("allocation")
                        && model.get("state").asText().equals("STANDBY") ? "STANDBY" : "RUNNING";
                assertThat(model.get("state").asText()).as("%s on %s: %s", model.get("name"),
                        node.node, model.get("lastError")).isEqualTo(running);
                long at = model.get("position").asLong();
                if (at != model.get("headPosition").asLong() || (head >= 0 && at != head)) {
                    return -1;
                }
                head = at;
            }
        }
        return head;
    }
}
