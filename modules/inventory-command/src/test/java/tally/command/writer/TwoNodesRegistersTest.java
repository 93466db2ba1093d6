package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static tally.command.writer.CommandWriterTest.envelope;
import static tally.command.writer.WriterOnH2.problemOf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.command.CommandAnswer;
import tally.command.domain.BinRegister;
import tally.command.domain.Command;
import tally.command.domain.LocationCommand.DefineLocation;
import tally.command.domain.LocationCommand.RetireLocation;
import tally.command.domain.LocationMode;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.eventstore.postgres.PostgresEventStore;
import tally.eventstore.postgres.PostgresOptions;
import tally.eventstore.postgres.TestPostgres;

/**
 * Two nodes, each a command writer over its own store, on one PostgreSQL log, on a strict site:
 * the bins and barcodes one node records are known to the other once its doorbell has heard of
 * them, and the units a node counts in a bin stay those the log holds, whichever node moved them.
 */
class TwoNodesRegistersTest {
    private static final List<String> BINS = List.of("S-1", "S-2", "S-3", "S-4", "S-5");

    private final TestPostgres server = TestPostgres.server();
    private final PostgresOptions options = server.options(server.freshDatabase());
    private final EventStore storeA = PostgresEventStore.open(options);
    private final EventStore storeB = PostgresEventStore.open(options);
    private final CommandWriter nodeA = new CommandWriter(storeA, 1000, LocationMode.STRICT);
    private final CommandWriter nodeB = new CommandWriter(storeB, 1000, LocationMode.STRICT);
    // Registered after each node's writer: a doorbell tells its subscribers in that order, so
    // once one of these has heard a position, that node's registers have too.
    private final LogHeard heardOnA = new LogHeard(0);
    private final LogHeard heardOnB = new LogHeard(0);

    TwoNodesRegistersTest() {
        storeA.doorbell().register(heardOnA);
        storeB.doorbell().register(heardOnB);
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
        storeA.close();
        storeB.close();
    }

    @Test
    void a_bin_defined_on_one_node_takes_stock_on_the_other() {
        on(nodeA, new DefineLocation("A-1", null, null, null));
        on(nodeB, new RegisterProduct("SKU-1", "Bolt", 0)); // node B reads its register now
        on(nodeB, new ReceiveStock("SKU-1", "A-1", 10, null));
        awaitHeard(heardOnB, on(nodeA, new DefineLocation("NEW-1", null, null, null)));

        var moved = send(nodeB, new MoveStock("SKU-1", "A-1", "NEW-1", 4));

        assertThat(moved.join().stream()).isEqualTo("product-SKU-1");
    }

    @Test
    void the_units_in_a_bin_stay_those_of_the_log_whichever_node_moved_them() {
        // Each product is written by one node only, so no decision rests on a stale product.
        on(nodeA, new RegisterProduct("SKU-A", "Bolt", 0));
        on(nodeA, new DefineLocation("A-1", null, null, null));
        on(nodeA, new DefineLocation("E-1", null, null, null));
        on(nodeA, new ReceiveStock("SKU-A", "E-1", 6, null));
        on(nodeB, new RegisterProduct("SKU-B", "Nut", 0)); // node B reads its register now
        on(nodeB, new ReceiveStock("SKU-B", "A-1", 10, null));
        on(nodeA, new ReceiveStock("SKU-A", "A-1", 2, null));
        long last = on(nodeB, new PickStock("SKU-B", "A-1", 4, null));
        on(nodeA, new PickStock("SKU-A", "E-1", 6, null));
        last = Math.max(last, on(nodeA, new PickStock("SKU-A", "A-1", 1, null)));
        awaitHeard(heardOnA, last);
        awaitHeard(heardOnB, last);

        var emptied = send(nodeB, new RetireLocation("E-1"));
        var fullOnB = send(nodeB, new RetireLocation("A-1"));
        var fullOnA = send(nodeA, new RetireLocation("A-1"));

        assertThat(emptied.join().stream()).isEqualTo("location-E-1");
        long inA1 = foldOfTheLog().unitsAt("A-1");
        assertThat(inA1).isEqualTo(7);
        assertThat(problemOf(fullOnB).getMessage()).contains("bin A-1 still holds 7 units");
        assertThat(problemOf(fullOnA).getMessage()).contains("bin A-1 still holds 7 units");
    }

    @Test
    void each_node_counts_the_units_of_the_log_after_both_wrote_at_once() {
        for (String bin : BINS) {
            on(nodeA, new DefineLocation(bin, null, null, null));
        }
        on(nodeA, new RegisterProduct("SKU-A", "Bolt", 0));
        on(nodeB, new RegisterProduct("SKU-B", "Nut", 0));
        var answers = new ArrayList<CompletableFuture<CommandAnswer>>();
        for (int i = 0; i < 150; i++) {
            String bin = BINS.get(i % BINS.size());
            answers.add(send(nodeA, new ReceiveStock("SKU-A", bin, 1 + i % 7, null)));
            answers.add(send(nodeB, new ReceiveStock("SKU-B", bin, 1 + i % 5, null)));
        }
        long last = answers.stream().mapToLong(a -> a.join().position()).max().orElseThrow();
        awaitHeard(heardOnA, last);
        awaitHeard(heardOnB, last);

        BinRegister fold = foldOfTheLog();
        for (String bin : BINS) {
            String holds = "bin " + bin + " still holds " + fold.unitsAt(bin) + " units";
            assertThat(problemOf(send(nodeA, new RetireLocation(bin))).getMessage()).contains(holds);
            assertThat(problemOf(send(nodeB, new RetireLocation(bin))).getMessage()).contains(holds);
        }
    }

    @Test
    void a_barcode_assigned_on_one_node_is_refused_for_another_product_on_the_other() {
        on(nodeA, new RegisterProduct("SKU-1", "Bolt", 0));
        on(nodeA, new RegisterProduct("SKU-2", "Nut", 0));
        on(nodeB, new AssignBarcode("SKU-2", "012345678905")); // node B reads its register now
        awaitHeard(heardOnB, on(nodeA, new AssignBarcode("SKU-1", "4006381333931")));

        var taken = send(nodeB, new AssignBarcode("SKU-2", "4006381333931"));

        assertThat(problemOf(taken).getMessage()).contains("is already an alias of SKU-1");
    }

    @Test
    void a_node_holding_a_stale_product_decides_its_refusal_again_on_the_log() {
        on(nodeA, new DefineLocation("A-1", null, null, null));
        on(nodeA, new RegisterProduct("SKU-1", "Bolt", 0)); // node A holds SKU-1: no stock
        awaitHeard(heardOnA, on(nodeB, new ReceiveStock("SKU-1", "A-1", 10, null)));

        var picked = send(nodeA, new PickStock("SKU-1", "A-1", 5, null)).join();
        var tooMany = send(nodeA, new PickStock("SKU-1", "A-1", 6, null));

        assertThat(picked.stream()).isEqualTo("product-SKU-1");
        assertThat(problemOf(tooMany).getMessage()).contains("only 5 of SKU-1");
    }

    @Test
    void an_operator_who_saw_the_other_nodes_write_is_not_refused_for_a_stale_version() {
        on(nodeA, new DefineLocation("A-1", null, null, null));
        on(nodeA, new RegisterProduct("SKU-1", "Bolt", 0)); // version 1 in node A's memory
        awaitHeard(heardOnA, on(nodeB, new ReceiveStock("SKU-1", "A-1", 10, null)));
        Command pick = new PickStock("SKU-1", "A-1", 5, null);

        var atVersion2 = nodeA.submit(envelope(pick, null, 2L, pick.toString())).join();
        var atVersion1 = nodeA.submit(envelope(pick, null, 1L, pick.toString()));

        assertThat(atVersion2.stream()).isEqualTo("product-SKU-1");
        assertThat(problemOf(atVersion1).getMessage()).contains("version");
    }

    @Test
    void a_command_decided_behind_a_refused_append_is_not_taken_on_its_events() {
        on(nodeA, new DefineLocation("A-1", null, null, null));
        on(nodeA, new RegisterProduct("SKU-1", "Bolt", 0));
        on(nodeA, new ReceiveStock("SKU-1", "A-1", 10, null)); // node A holds 10 at A-1
        awaitHeard(heardOnA, on(nodeB, new PickStock("SKU-1", "A-1", 10, null)));

        // Decided on A's stale copy, the receive is refused by the log (B took its version);
        // the pick behind it must not be taken on the 15 units A would then have believed in.
        var received = send(nodeA, new ReceiveStock("SKU-1", "A-1", 5, null));
        var picked = send(nodeA, new PickStock("SKU-1", "A-1", 12, null));

        assertThat(received.join().stream()).isEqualTo("product-SKU-1");
        assertThat(problemOf(picked).getMessage()).contains("only 5 of SKU-1");
    }

    private BinRegister foldOfTheLog() {
        var fold = new BinRegister(LocationMode.STRICT);
        for (StoredEvent e : storeA.readAll(0, 10_000)) {
            fold.apply(e.event());
        }
        return fold;
    }

    private static CompletableFuture<CommandAnswer> send(CommandWriter node, Command c) {
        return node.submit(envelope(c, null, null, c.toString()));
    }

    private static long on(CommandWriter node, Command c) {
        return send(node, c).join().position();
    }

    private static void awaitHeard(LogHeard node, long position) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (node.head() < position) {
            if (System.nanoTime() > deadline) {
                fail("the node's doorbell did not hear position " + position + " within 10 s");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
