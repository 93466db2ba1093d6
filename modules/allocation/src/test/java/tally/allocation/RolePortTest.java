package tally.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderAllocated;
import tally.eventstore.AppendRequest;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.TemporaryEventStore;
import tally.eventstore.h2.TestStores;

/**
 * A standby's port: it sends nothing, answering each command with what the log recorded under
 * its id (the allocating node's answer), waits while the log has none, gives up after
 * {@link RolePort#WAIT_MILLIS}, and sends what waits, and all after, once its node allocates.
 */
class RolePortTest {
    private static final StockReserved AT_A1 = new StockReserved("SKU", "A-1", 2, "O-1", 7);
    private static final StockReserved AT_A2 = new StockReserved("SKU", "A-2", 3, "O-1", 7);
    private final TemporaryEventStore store = TestStores.temporary();
    private final AtomicInteger writerCalls = new AtomicInteger();
    private final RolePort port = new RolePort(new Writer(), new LogAnswers(store));

    @AfterEach
    void close() {
        port.close();
        store.close();
    }

    @Test
    void a_standby_takes_the_answer_recorded_under_the_id_and_sends_nothing() {
        port.lead(false);
        store.appendAndWait(AppendRequest.of("product-SKU", ExpectedVersion.ANY, "operator-1",
                new ProductRegistered("SKU", "x", 0)));
        record("allocation-7-0", AT_A1, AT_A2);

        assertThat(port.reserve("allocation-7-0", "SKU", "O-1", 7, 5).join())
                .containsExactly(AT_A1, AT_A2);
        assertThat(writerCalls).hasValue(0);
        assertThat(port.sent()).isZero();
    }

    @Test
    void a_standby_waits_for_an_answer_until_the_log_holds_it() {
        port.lead(false);
        CompletableFuture<List<StockReserved>> reserve = port.reserve("allocation-9-0", "SKU",
                "O-1", 7, 5);
        CompletableFuture<Void> decided = port.record("allocation-9-1",
                new OrderAllocated("O-1", List.of()));
        port.poll();
        assertThat(reserve).isNotDone();
        assertThat(decided).isNotDone();

        record("allocation-9-0", AT_A1);
        record("allocation-9-1"); // an append of nothing: answered all the same
        port.poll();
        assertThat(reserve.join()).containsExactly(AT_A1);
        assertThat(decided).isCompleted();
        assertThat(writerCalls).hasValue(0);
    }

    @Test
    void on_taking_over_it_sends_what_waited_and_every_command_after() {
        port.lead(false);
        var waited = port.reserve("allocation-3-0", "SKU", "O-1", 7, 5);
        port.lead(true);
        assertThat(waited.join()).as("the writer's answer").containsExactly(AT_A1);
        assertThat(port.release("allocation-4-0", "SKU", "O-1").join()).hasSize(1);
        assertThat(writerCalls).hasValue(2);
        assertThat(port.sent()).isEqualTo(2);
    }

    @Test
    void a_standby_gives_up_waiting_so_its_step_can_start_again() throws Exception {
        port.lead(false);
        var reserve = port.reserve("allocation-5-0", "SKU", "O-1", 7, 5);
        Thread.sleep(RolePort.WAIT_MILLIS + 100);
        port.poll();
        assertThatThrownBy(reserve::join).satisfies(e -> assertThat(RolePort.waitedTooLong(e))
                .as("%s", e).isTrue());
        assertThat(RolePort.waitedTooLong(new IllegalStateException("other"))).isFalse();
    }

    private void record(String commandId, StockReserved... events) {
        store.appendAndWait(AppendRequest.of("product-SKU", ExpectedVersion.ANY, commandId,
                events));
    }

    /** The write side, as on the allocating node: counts what reaches it. */
    private final class Writer implements AllocationPort {
        @Override
        public CompletableFuture<List<StockReserved>> reserve(String commandId, String sku,
                                                              String orderId, long sequence,
                                                              int upTo) {
            writerCalls.incrementAndGet();
            return CompletableFuture.completedFuture(List.of(AT_A1));
        }

        @Override
        public CompletableFuture<List<ReservationReleased>> release(String commandId,
                                                                    String sku, String orderId) {
            writerCalls.incrementAndGet();
            return CompletableFuture.completedFuture(List.of(
                    new ReservationReleased(sku, "A-1", 2, orderId)));
        }

        @Override
        public CompletableFuture<Void> record(String commandId, OrderAllocated decision) {
            writerCalls.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }
    }
}
