package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.server.openapi.TestSignIn;

/**
 * Issue 17's black-box test: two nodes, each its own JVM and data folder, on one PostgreSQL log;
 * 16 clients spread over both receive stock on a few products at once (so each node's cached
 * products go stale under the other's writes); one node is killed with SIGKILL mid-load. Every
 * acknowledged command is in the log at the position it was answered with, positions are
 * gapless, the survivor goes on taking commands, and once the killed node has restarted both
 * nodes' stock equals a fold of the log.
 */
class TwoNodesOnPostgresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SKUS = List.of("BOLT-1", "BOLT-2", "NUT-1", "NUT-2");
    private static final int CLIENTS = 16;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<URI, String> bearers = new ConcurrentHashMap<>();
    /** Every acknowledged command: its id and the position it was answered with. */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

    @Test
    void a_node_killed_mid_load_loses_no_answer_and_both_nodes_agree_with_the_log(
            @TempDir Path dataA, @TempDir Path dataB) throws Exception {
        try (var nodes = TwoNodes.onFreshPostgres(dataA, dataB)) {
            ChildServer nodeA = nodes.a();
            ChildServer nodeB = nodes.b();
            for (String sku : SKUS) {
                assertThat(post(nodeA.url(), "register-product",
                        "{\"sku\":\"" + sku + "\",\"name\":\"" + sku + "\"}")).isNotNull();
            }
            var running = new AtomicBoolean(true);
            var answeredByA = new AtomicInteger();
            var answeredByB = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                URI node = c % 2 == 0 ? nodeA.url() : nodeB.url();
                AtomicInteger count = c % 2 == 0 ? answeredByA : answeredByB;
                String sku = SKUS.get(c % SKUS.size());
                clients.submit(() -> receiveUntilStopped(node, sku, running, count));
            }
            awaitAtLeast(answeredByA, 150);
            nodeA.close(); // SIGKILL, mid-load
            assertThat(nodeA.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            int byBAtKill = answeredByB.get();
            awaitAtLeast(answeredByB, byBAtKill + 150); // the survivor goes on
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            Map<Long, JsonNode> log = wholeLog(nodeB.url());
            assertThat(log.keySet()).as("gapless positions")
                    .containsExactlyInAnyOrderElementsOf(positions(1, log.size()));
            acknowledged.forEach((commandId, position) ->
                    assertThat(log.get(position).get("commandId").asText())
                            .as("acknowledged command at %d", position).isEqualTo(commandId));
            long head = log.size();

            try (ChildServer again = ChildServer.start(dataA, "--store", nodes.store())) {
                Map<String, Long> folded = foldStock(log);
                for (URI node : List.of(again.url(), nodeB.url())) {
                    for (String sku : SKUS) {
                        JsonNode stock = get(node, "/api/stock/" + sku + "?minPosition=" + head
                                + "&waitMillis=30000");
                        assertThat(stock.get("onHand").asLong()).as("%s on %s", sku, node)
                                .isEqualTo(folded.get(sku));
                    }
                }
            }
        }
    }

    private void receiveUntilStopped(URI node, String sku, AtomicBoolean running,
                                     AtomicInteger count) {
        while (running.get()) {
            String id = UUID.randomUUID().toString();
            try {
                JsonNode ok = post(node, "receive-stock", "{\"commandId\":\"" + id
                        + "\",\"sku\":\"" + sku + "\",\"location\":\"A-01\",\"quantity\":1}");
                if (ok != null) {
                    acknowledged.put(id, ok.get("position").asLong());
                    count.incrementAndGet();
                }
            } catch (Exception e) {
                return; // this client's node has gone away
            }
        }
    }

    private static void awaitAtLeast(AtomicInteger count, int target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (count.get() < target) {
            assertThat(System.nanoTime()).as("%d answers", target).isLessThan(deadline);
            Thread.sleep(20); // polling a counter the clients move; not synchronisation
        }
    }

    private Map<Long, JsonNode> wholeLog(URI node) throws Exception {
        var log = new HashMap<Long, JsonNode>();
        long after = 0;
        JsonNode page;
        do {
            page = get(node, "/api/events?after=" + after + "&limit=1000").get("items");
            for (JsonNode e : page) {
                log.put(e.get("position").asLong(), e);
                after = e.get("position").asLong();
            }
        } while (!page.isEmpty());
        return log;
    }

    private static Map<String, Long> foldStock(Map<Long, JsonNode> log) {
        var onHand = new HashMap<String, Long>();
        SKUS.forEach(sku -> onHand.put(sku, 0L));
        for (JsonNode e : log.values()) {
            if (e.get("type").asText().equals("StockReceived")) {
                onHand.merge(e.get("data").get("sku").asText(),
                        e.get("data").get("quantity").asLong(), Long::sum);
            }
        }
        return onHand;
    }

    private static List<Long> positions(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }

    private String bearer(URI node) {
        return bearers.computeIfAbsent(node, TestSignIn::bearer);
    }

    /** The answer of a 200, or null for any other status. */
    private JsonNode post(URI node, String command, String body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(node.resolve("/api/commands/" + command))
                .header("Content-Type", "application/json").header("Authorization", bearer(node))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private JsonNode get(URI node, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(node.resolve(path))
                .header("Authorization", bearer(node)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
