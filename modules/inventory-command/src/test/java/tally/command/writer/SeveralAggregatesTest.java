package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.command.writer.CommandWriterTest.envelope;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tally.command.CommandAnswer;
import tally.command.domain.Command;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.ShipOrder;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.OrderEvent.OrderLine;
import tally.eventstore.AppendRequest;
import tally.eventstore.ExpectedVersion;

/** Commands that consult several aggregates: each waits for all, in order per stream. */
class SeveralAggregatesTest extends WriterOnH2 {

    CommandAnswer run(CommandWriter w, Command c) {
        // bounded, so that a writer waiting for ever fails the test instead of hanging it
        return w.submit(envelope(c, null, null, c.toString())).orTimeout(20, TimeUnit.SECONDS)
                .join();
    }

    static PlaceOrder order(String orderId, String... skus) {
        return new PlaceOrder(orderId, null,
                java.util.Arrays.stream(skus).map(s -> new OrderLine(s, 1)).toList());
    }

    @Test
    void places_an_order_once_every_product_of_its_lines_is_read_each_read_once() {
        for (String sku : List.of("P1", "P2", "P3")) {
            store.appendAndWait(AppendRequest.of("product-" + sku, ExpectedVersion.ANY, null,
                    new ProductRegistered(sku, "x", 0)));
        }
        var first = writer.submit(envelope(order("SO-1", "P1", "P2", "P3"), null, null, "a"));
        var second = writer.submit(envelope(order("SO-2", "P3", "P2"), null, null, "b"));

        assertThat(first.join().stream()).isEqualTo("order-SO-1");
        assertThat(second.join().version()).isEqualTo(1);
        assertThat(writer.streamLoads()).isEqualTo(5);
    }

    @Test
    void a_later_command_for_the_same_order_waits_behind_one_still_waiting_for_a_product()
            throws Exception {
        store.appendAndWait(AppendRequest.of("product-SLOW", ExpectedVersion.ANY, null,
                new ProductRegistered("SLOW", "Slow", 0)));
        var reading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var other = new CommandWriter(new SlowEventStore(store, "product-SLOW", reading, release),
                1000);
        try {
            var place = other.submit(envelope(order("SO-S", "SLOW"), null, null, "p"));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            var cancel = other.submit(envelope(new CancelOrder("SO-S", "no"), null, null, "c"));
            // other streams go on meanwhile
            run(other, new RegisterProduct("FAST", "Fast", 0));
            assertThat(run(other, order("SO-F", "FAST")).version()).isEqualTo(1);
            assertThat(place).isNotDone();
            assertThat(cancel).isNotDone();

            release.countDown();

            assertThat(place.get(10, TimeUnit.SECONDS).version()).isEqualTo(1);
            assertThat(cancel.get(10, TimeUnit.SECONDS).version()).isEqualTo(2);
        } finally {
            release.countDown();
            other.close();
        }
    }

    @Test
    void ships_after_reading_the_order_and_then_the_products_of_its_lines() {
        run(writer, new RegisterProduct("Q1", "x", 0));
        run(writer, order("SO-Q", "Q1"));
        try (var fresh = new CommandWriter(store, 1000)) {
            var refused = problemOf(fresh.submit(envelope(new ShipOrder("SO-Q"), null, null, "s")));
            assertThat(refused.slug()).isEqualTo("order-not-picked");
            assertThat(fresh.streamLoads()).isEqualTo(2);
        }
    }

    @Test
    void keeps_deciding_when_memory_holds_fewer_aggregates_than_a_command_needs() {
        try (var tiny = new CommandWriter(store, 1)) {
            run(tiny, new RegisterProduct("T1", "x", 0));
            run(tiny, new RegisterProduct("T2", "x", 0));
            assertThat(run(tiny, order("SO-T", "T1", "T2")).version()).isEqualTo(1);
        }
    }
}
