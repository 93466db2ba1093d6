package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.postgres.TestPostgres;

/**
 * Issue 17: the node that allocates is killed with SIGKILL while clients place orders and
 * receive stock on both nodes. The standby, which sent nothing until then, takes over within
 * seconds (the server frees the dead node's lease with its session), allocates the orders that
 * waited and those placed after, and nothing is reserved twice or above what a bin held.
 */
class AllocationFailoverTest {
    private static final List<String> SKUS = List.of("FAIL-1", "FAIL-2", "FAIL-3");
    private static final int STEPS = 30;
    /** The lease frees when the dead node's session ends, then the standby's next tick (1 s). */
    private static final long TAKEOVER_MILLIS = 20_000;

    @Test
    void when_the_allocating_node_is_killed_the_standby_takes_over_and_allocates_once(
            @TempDir Path dataA, @TempDir Path dataB) throws Exception {
        var server = TestPostgres.server();
        String store = server.freshDatabase() + "?user=" + server.user();
        try (ChildServer a = ChildServer.start(dataA, "--store", store);
             ChildServer b = ChildServer.start(dataB, "--store", store)) {
            var onA = new NodeClient(a.url());
            var onB = new NodeClient(b.url());
            assertThat(onA.allocationState()).as("A, started first").isEqualTo("RUNNING");
            assertThat(onB.allocationState()).as("B").isEqualTo("STANDBY");
            for (String sku : SKUS) {
                onA.command("register-product", "{\"sku\":\"" + sku + "\",\"name\":\"x\"}");
            }
            var placed = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            var onTheSurvivor = new ArrayList<Future<?>>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                NodeClient node = c % 2 == 0 ? onA : onB;
                Future<?> work = clients.submit(() -> load(node, client, placed));
                if (node == onB) {
                    onTheSurvivor.add(work);
                }
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (placed.get() < 12) { // mid-load: orders placed on both, reactions under way
                assertThat(System.nanoTime()).as("orders placed").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(onB.meter(AllocationOnTwoNodesTest.SENT)).as("B's commands while it stood"
                    + " by").isZero();
            a.process().destroyForcibly(); // SIGKILL: no clean stop, its lease ends with its session
            long killed = System.nanoTime();
            while (!onB.allocationState().equals("RUNNING")) {
                assertThat(System.nanoTime() - killed).as("B taking over")
                        .isLessThan(TimeUnit.MILLISECONDS.toNanos(TAKEOVER_MILLIS));
                Thread.sleep(50);
            }
            System.out.printf("B allocates %d ms after A was killed%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
            for (Future<?> done : onTheSurvivor) {
                done.get(3, TimeUnit.MINUTES);
            }
            clients.shutdownNow();
            onB.command("place-order", "{\"orderId\":\"AFTER\",\"lines\":[{\"sku\":\"FAIL-1\","
                    + "\"quantity\":1}]}");
            onB.command("receive-stock", "{\"sku\":\"FAIL-1\",\"location\":\"B-09\",\"quantity\":"
                    + "1000}"); // fills every FAIL-1 line that waited, whichever node took it

            long head = NodeClient.awaitAllocationQuiet(List.of(onB));
            var log = AllocationLedger.of(onB.wholeLog());
            assertThat(log.head()).isEqualTo(head);
            assertThat(log.ordersPlaced()).contains("AFTER").hasSizeGreaterThan(12);
            log.assertEachAllocationIdIsOneAppend();
            log.assertNoBinReservesMoreThanItHolds();
            log.assertEachOrderAllocatedOnce();
            log.assertNoStockFreeWhileAnOrderWaits();
            assertThat(log.reservedFor("AFTER", "FAIL-1")).as("an order placed after").isOne();
            assertThat(onB.meter(AllocationOnTwoNodesTest.SENT)).as("B's commands once it"
                    + " allocates").isPositive();
        }
    }

    /**
     * Orders, and now and then a receipt, until {@link #STEPS} or its node dies (then the
     * command fails and this client stops: what the dead node answered is in the log).
     */
    private static Void load(NodeClient node, int client, AtomicInteger placed) {
        var random = new Random(client);
        try {
            for (int step = 0; step < STEPS; step++) {
                String sku = SKUS.get(random.nextInt(SKUS.size()));
                if (step % 3 == 0) {
                    node.command("receive-stock", "{\"sku\":\"" + sku + "\",\"location\":\"C"
                            + client + "\",\"quantity\":" + (2 + random.nextInt(4)) + "}");
                    continue;
                }
                node.command("place-order", "{\"orderId\":\"C" + client + "-" + step
                        + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":"
                        + (1 + random.nextInt(4)) + "}]}");
                placed.incrementAndGet();
            }
        } catch (Exception | AssertionError e) {
            if (client % 2 == 1) { // on the survivor: a real failure
                throw new AssertionError("client " + client + " on the surviving node", e);
            }
        }
        return null;
    }
}
