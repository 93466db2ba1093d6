package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tally.server.ChildServer;

/**
 * The server in a child JVM killed with SIGKILL in the middle of an order storm, then started
 * again on the same folder: no acknowledged order is lost, no unit is reserved twice (the
 * allocation's replay repeats nothing), every reservation belongs to an open order, and the
 * allocation catches up with what it had not answered when the server died.
 */
class OrderKillTest {
    static final String SKU = "KILL-1";

    @TempDir
    Path data;

    @Test
    // A guard against a hang, not a timing: two child servers, each over 60 s to start at load 30.
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void a_kill_in_the_middle_of_a_storm_loses_no_order_and_reserves_no_unit_twice()
            throws Exception {
        var storm = stormKilledAfter(60);
        assertThat(storm.placed).hasSizeGreaterThanOrEqualTo(60).hasSizeLessThan(400);

        try (var again = ChildServer.start(data)) {
            var desk = OrderDesk.signedIn(again.url());
            desk.place("SO-AFTER", SKU, 1);
            desk.receive(SKU, "S-A", 1);
            StormVerdict.judge(desk, SKU, storm);
            assertThat(desk.order("SO-AFTER").get("status").asText()).isNotEqualTo("PLACED");
        }
    }

    /** A storm of up to 400 orders, its server killed once {@code acknowledged} are placed. */
    private Storm stormKilledAfter(int acknowledged) throws Exception {
        try (var server = ChildServer.start(data)) {
            var desk = OrderDesk.signedIn(server.url());
            desk.product(SKU, "S-A", 15, "S-B", 15, "S-C", 15);
            var storm = new Storm(server.url(), desk.bearer, SKU, "SO-K-");
            try (var pool = Storm.pool()) {
                var tasks = storm.start(pool, 16, 400, true);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (storm.placed.size() < acknowledged) {
                    assertThat(System.nanoTime()).as(storm.placed.size() + " placed; "
                            + storm.faults).isLessThan(deadline);
                    Thread.sleep(5);
                }
                server.process().destroyForcibly().waitFor(); // SIGKILL: no hook runs
                for (Future<?> task : tasks) {
                    task.get(60, TimeUnit.SECONDS);
                }
            }
            return storm;
        }
    }
}
