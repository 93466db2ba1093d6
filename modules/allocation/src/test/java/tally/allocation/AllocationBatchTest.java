package tally.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.eventstore.FollowerControls.State;

/**
 * What pipelining new orders could break, tried on batches: the events are appended while the
 * allocation is paused, so that resume meets them in one read, and the write side answers late
 * and out of order, as the real writer does while its commands wait for the log's commit.
 */
class AllocationBatchTest extends AllocationRig {

    @Override
    void configure(FakeWarehouse fake) {
        fake.answerLate();
    }

    void pause() {
        settled();
        allocation.controls().pause();
        allocation.awaitStep();
    }

    void resume() {
        allocation.controls().resume();
        allocation.wake();
        settled();
    }

    String describe(LogFold fold, String orderId, String sku) {
        var f = fold.line(orderId, sku);
        return "reserved " + f.reserved + ", backordered " + f.backordered;
    }

    @Test
    void orders_in_one_batch_are_sent_together_and_still_served_oldest_first() {
        warehouse.receive("A", "L-01", 5);
        pause();
        for (int i = 1; i <= 5; i++) {
            warehouse.place("SO-" + i, line("A", 2), line("B", 1));
        }
        resume();

        var fold = LogFold.of(store);
        assertThat(describe(fold, "SO-1", "A")).isEqualTo("reserved 2, backordered 0");
        assertThat(describe(fold, "SO-2", "A")).isEqualTo("reserved 2, backordered 0");
        assertThat(describe(fold, "SO-3", "A")).isEqualTo("reserved 1, backordered 1");
        assertThat(describe(fold, "SO-5", "A")).isEqualTo("reserved 0, backordered 2");
        assertThat(allocation.state().waitingFor("A")).containsExactly("SO-3", "SO-4", "SO-5");
        assertThat(fold.decisions).hasSize(5).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(fold.linesNotAddingUp()).isEmpty();
        assertThat(warehouse.mostUnanswered()).as("commands out at once").isGreaterThan(2);
    }

    @Test
    void a_receipt_in_the_batch_fills_the_older_backorder_before_a_newer_order_is_sent() {
        warehouse.place("SO-1", line("A", 3));
        pause(); // SO-1 waits for 3 A
        warehouse.receive("A", "L-01", 3);
        warehouse.place("SO-2", line("A", 3));
        resume();

        var fold = LogFold.of(store);
        assertThat(describe(fold, "SO-1", "A")).isEqualTo("reserved 3, backordered 0");
        assertThat(describe(fold, "SO-2", "A")).isEqualTo("reserved 0, backordered 3");
        assertThat(allocation.state().waitingFor("A")).containsExactly("SO-2");
    }

    @Test
    void an_order_cancelled_in_the_batch_that_placed_it_frees_its_units_for_the_next() {
        warehouse.receive("A", "L-01", 2);
        pause();
        warehouse.place("SO-1", line("A", 2));
        warehouse.cancel("SO-1");
        warehouse.place("SO-2", line("A", 2));
        resume();

        var fold = LogFold.of(store);
        assertThat(fold.line("SO-1", "A").reserved).isZero();
        assertThat(describe(fold, "SO-2", "A")).isEqualTo("reserved 2, backordered 0");
        assertThat(fold.reservedOf("A")).isEqualTo(2);
        assertThat(allocation.state().order("SO-1")).isNull();
        assertThat(allocation.state().orders()).containsOnlyKeys("SO-2");
    }

    @Test
    void an_order_shipped_in_the_batch_that_placed_it_is_forgotten() {
        warehouse.receive("A", "L-01", 1);
        pause();
        warehouse.place("SO-1", line("A", 1));
        warehouse.ship("SO-1");
        resume();

        assertThat(allocation.state().orders()).isEmpty();
        assertThat(LogFold.of(store).decisions).containsEntry("SO-1", 1);
    }

    @Test
    void a_crash_in_the_middle_of_a_batch_replays_it_under_the_same_ids_repeating_nothing() {
        warehouse.receive("A", "L-01", 4);
        pause();
        for (int i = 1; i <= 4; i++) {
            warehouse.place("SO-" + i, line("A", 1), line("B", 1));
        }
        // 8 reservations go out first, then the decisions as they are answered: one fails
        warehouse.failFreshCommand(10);
        allocation.controls().resume();
        allocation.wake();
        until(() -> allocation.controls().state() == State.FAILED);
        allocation.close(); // the server dies: what was not saved is replayed
        long head = store.headPosition();
        int fresh = warehouse.freshCommands();

        allocation = startAllocation();
        settled();
        var fold = LogFold.of(store);
        assertThat(fold.reservedOf("A")).isEqualTo(4);
        assertThat(fold.decisions).hasSize(4).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(fold.linesNotAddingUp()).isEmpty();
        // only the decision that failed was made again; the rest answered from the record
        assertThat(warehouse.freshCommands() - fresh).isOne();
        assertThat(warehouse.repeatedCommands()).isGreaterThanOrEqualTo(2);
        assertThat(store.headPosition()).isEqualTo(head + 1);
        assertThat(allocation.state().orders()).hasSize(4);
    }
}
