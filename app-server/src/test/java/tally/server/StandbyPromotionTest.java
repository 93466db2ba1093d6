package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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
import tally.eventstore.postgres.StandbyPair;

/**
 * The standby drill of docs/scale.md ("A standby PostgreSQL"), run: a node whose {@code --store}
 * names a primary and its synchronous standby takes commands from 8 clients; the primary
 * crashes mid-load and the standby is promoted. Without a restart, the node takes commands again
 * on the new primary; every command it acknowledged is in the new primary's log at the position
 * it was answered with, positions are gapless, and its read models equal a fold of that log.
 * Meanwhile a command is a 503 problem, never any other failure.
 */
class StandbyPromotionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final String RECEIVE = "{\"commandId\":\"%s\",\"sku\":\"HA-1\","
            + "\"location\":\"A-01\",\"quantity\":1}";

    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, String> otherAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();

    @Test
    void the_primary_lost_mid_load_the_node_goes_on_on_the_promoted_standby_losing_no_answer(
            @TempDir Path data) throws Exception {
        try (var pair = StandbyPair.start();
             ChildServer child = ChildServer.start(data, "--store", pair.url())) {
            var node = new NodeClient(child.url());
            node.command("register-product", "{\"sku\":\"HA-1\",\"name\":\"Failover probe\"}");
            var running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> receiveUntilStopped(node, running));
            }
            awaitAtLeast(100);
            pair.crashPrimary();
            int atCrash = answered.get();
            pair.promoteStandby();
            awaitAtLeast(atCrash + 100); // on the new primary, the node never restarted
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(otherAnswers).as("answers other than 200 and 503").isEmpty();
            List<JsonNode> log = node.wholeLog();
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).get("position").asLong()).as("gapless").isEqualTo(i + 1);
            }
            acknowledged.forEach((id, position) -> assertThat(log.get((int) (position - 1))
                    .get("commandId").asText()).as("acknowledged at %d", position).isEqualTo(id));
            long received = log.stream().filter(e -> e.get("type").asText()
                    .equals("StockReceived")).count();
            long head = NodeClient.awaitAllocationQuiet(List.of(node)); // every one RUNNING
            assertThat(head).isEqualTo(log.size());
            assertThat(node.get("/api/stock/HA-1?minPosition=" + head + "&waitMillis=30000")
                    .get("onHand").asLong()).isEqualTo(received);
        }
    }

    private void receiveUntilStopped(NodeClient node, AtomicBoolean running) {
        while (running.get()) {
            String id = UUID.randomUUID().toString();
            try {
                var answer = node.send("receive-stock", RECEIVE.formatted(id));
                if (answer.statusCode() == 200) {
                    acknowledged.put(id, JSON.readTree(answer.body()).get("position").asLong());
                    answered.incrementAndGet();
                } else if (answer.statusCode() == 503) {
                    Thread.sleep(50); // the log out of reach: a client tries again shortly
                } else {
                    otherAnswers.put(answer.statusCode(), answer.body());
                }
            } catch (Exception e) {
                otherAnswers.put(-1, e.toString());
                return;
            }
        }
    }

    private void awaitAtLeast(int target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (answered.get() < target) {
            assertThat(otherAnswers).as("answers other than 200 and 503").isEmpty();
            assertThat(System.nanoTime()).as("%d answers", target).isLessThan(deadline);
            Thread.sleep(20); // polling a counter the clients move; not synchronisation
        }
    }
}
