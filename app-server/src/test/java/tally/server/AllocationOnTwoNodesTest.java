package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: on a shared log one node allocates (it holds the allocation's lease) and the other
 * stands by, following the log and sending nothing. Orders placed on both nodes against stock
 * received on both (more ordered than
 * ever arrives, so backorders wait and receipts fill them): each order is allocated exactly once
 * (what the log reserved for a line plus what its last decision backordered is what was ordered,
 * never more), no product reserves more than lies at a bin, no stock stays free while an order
 * waits for it, every command id of the allocation is one append, and both nodes' orders and
 * stock read models agree with each other and with the log.
 */
class AllocationOnTwoNodesTest {
    private static final List<String> SKUS = List.of("ALLOC-1", "ALLOC-2", "ALLOC-3");
    private static final int CLIENTS_PER_NODE = 2;
    private static final int STEPS = 12;
    static final String SENT = "tally_allocation_commands_total";

    @Test
    void orders_placed_on_both_nodes_are_allocated_once_and_both_nodes_agree(
            @TempDir Path dataA, @TempDir Path dataB) throws Exception {
        try (var cluster = TwoNodes.onFreshPostgres(dataA, dataB)) {
            var nodes = List.of(new NodeClient(cluster.a().url()),
                    new NodeClient(cluster.b().url()));
            for (String sku : SKUS) {
                nodes.get(0).command("register-product",
                        "{\"sku\":\"" + sku + "\",\"name\":\"" + sku + "\"}");
            }
            ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_PER_NODE);
            var work = new ArrayList<Future<?>>();
            for (int c = 0; c < 2 * CLIENTS_PER_NODE; c++) {
                int client = c;
                NodeClient node = nodes.get(c % 2);
                work.add(clients.submit(() -> placeAndReceive(node, client)));
            }
            for (Future<?> done : work) {
                done.get(3, TimeUnit.MINUTES); // a refused command fails the test here
            }
            clients.shutdown();

            long head = NodeClient.awaitAllocationQuiet(nodes);
            var log = AllocationLedger.of(nodes.get(0).wholeLog());
            // A started first, so A took the lease; B followed A's answers and sent nothing
            assertThat(nodes.get(0).allocationState()).isEqualTo("RUNNING");
            assertThat(nodes.get(1).allocationState()).isEqualTo("STANDBY");
            assertThat(nodes.get(1).meter(SENT)).as("commands the standby sent").isZero();
            assertThat(nodes.get(0).meter(SENT)).as("commands the allocating node sent")
                    .isGreaterThanOrEqualTo(log.allocationCommandIds());
            assertThat(log.head()).isEqualTo(head);
            log.assertEachAllocationIdIsOneAppend();
            log.assertNoBinReservesMoreThanItHolds();
            log.assertEachOrderAllocatedOnce();
            log.assertNoStockFreeWhileAnOrderWaits();
            assertThat(log.ordersPlaced()).hasSize(2 * CLIENTS_PER_NODE * (STEPS - STEPS / 3));

            for (String orderId : log.ordersPlaced()) {
                JsonNode onA = withoutPosition(nodes.get(0).get("/api/orders/" + orderId
                        + "?minPosition=" + head + "&waitMillis=30000"));
                JsonNode onB = withoutPosition(nodes.get(1).get("/api/orders/" + orderId
                        + "?minPosition=" + head + "&waitMillis=30000"));
                assertThat(onB).as("order %s on both nodes", orderId).isEqualTo(onA);
                assertThat(onA.get("status").asText()).as(orderId).isNotEqualTo("PLACED");
                for (JsonNode line : onA.get("lines")) {
                    String sku = line.get("sku").asText();
                    assertThat(line.get("reserved").asInt()).as("%s %s", orderId, sku)
                            .isEqualTo(log.reservedFor(orderId, sku));
                    assertThat(line.get("reserved").asInt() + line.get("backordered").asInt())
                            .as("%s %s", orderId, sku).isEqualTo(line.get("ordered").asInt());
                }
            }
            for (String sku : SKUS) {
                for (NodeClient node : nodes) {
                    JsonNode stock = node.get("/api/stock/" + sku + "?minPosition=" + head
                            + "&waitMillis=30000");
                    assertThat(stock.get("onHand").asInt()).as("%s on hand", sku)
                            .isEqualTo(log.onHand(sku));
                    assertThat(stock.get("reserved").asInt()).as("%s reserved", sku)
                            .isEqualTo(log.reserved(sku));
                }
            }
        }
    }

    /**
     * One client's orders, with a receipt at its node's own bin every third step: node A's
     * clients receive at A-01, node B's at B-01, so both nodes' stock serves both nodes' orders.
     */
    private static Void placeAndReceive(NodeClient node, int client) throws Exception {
        var random = new Random(client);
        String bin = (client % 2 == 0 ? "A" : "B") + "-01";
        for (int step = 0; step < STEPS; step++) {
            if (step % 3 == 0) {
                String sku = SKUS.get(random.nextInt(SKUS.size()));
                node.command("receive-stock", "{\"sku\":\"" + sku + "\",\"location\":\"" + bin
                        + "\",\"quantity\":" + (3 + random.nextInt(4)) + "}");
                continue;
            }
            var skus = new ArrayList<>(SKUS);
            Collections.shuffle(skus, random);
            var lines = new ArrayList<String>();
            for (String sku : skus.subList(0, 1 + random.nextInt(2))) {
                lines.add("{\"sku\":\"" + sku + "\",\"quantity\":" + (1 + random.nextInt(4)) + "}");
            }
            node.command("place-order", "{\"orderId\":\"C" + client + "-" + step
                    + "\",\"lines\":[" + String.join(",", lines) + "]}");
        }
        return null;
    }

    private static JsonNode withoutPosition(JsonNode answer) {
        ((ObjectNode) answer).remove("position");
        return answer;
    }
}
