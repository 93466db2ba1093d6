package tally.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.eventstore.FollowerControls.State;

/** Every rule of the allocation, against the in-memory write side ({@link FakeWarehouse}). */
class AllocationTest extends AllocationRig {

    LogFold.Figures figures(String orderId, String sku) {
        return LogFold.of(store).line(orderId, sku);
    }

    String describe(LogFold.Figures f) {
        return "ordered " + f.ordered + ", reserved " + f.reserved + ", picked " + f.picked
                + ", backordered " + f.backordered;
    }

    @Test
    void reserves_what_is_there_walking_the_locations_and_backorders_the_rest() {
        warehouse.receive("A", "L-02", 3);
        warehouse.receive("A", "L-01", 2);
        warehouse.place("SO-1", line("A", 7));
        settled();

        var fold = LogFold.of(store);
        assertThat(describe(fold.line("SO-1", "A")))
                .isEqualTo("ordered 7, reserved 5, picked 0, backordered 2");
        assertThat(fold.bin("A", "L-01").reserved).isEqualTo(2);
        assertThat(fold.bin("A", "L-02").reserved).isEqualTo(3);
        assertThat(fold.decisions).containsEntry("SO-1", 1);
        assertThat(allocation.state().order("SO-1").backordered("A")).isEqualTo(2);
    }

    @Test
    void one_decision_covers_every_line_of_a_new_order() {
        warehouse.receive("A", "L-01", 5);
        warehouse.place("SO-1", line("A", 2), line("B", 4));
        settled();

        var fold = LogFold.of(store);
        assertThat(fold.decisions).containsEntry("SO-1", 1);
        assertThat(describe(fold.line("SO-1", "A")))
                .isEqualTo("ordered 2, reserved 2, picked 0, backordered 0");
        assertThat(describe(fold.line("SO-1", "B")))
                .isEqualTo("ordered 4, reserved 0, picked 0, backordered 4");
    }

    @Test
    void each_order_is_decided_against_what_the_orders_before_it_left() {
        warehouse.receive("A", "L-01", 5);
        warehouse.place("SO-1", line("A", 4));
        warehouse.place("SO-2", line("A", 4));
        settled();

        assertThat(figures("SO-1", "A").reserved).isEqualTo(4);
        assertThat(describe(figures("SO-2", "A")))
                .isEqualTo("ordered 4, reserved 1, picked 0, backordered 3");
    }

    @Test
    void received_stock_fills_backorders_oldest_order_first() {
        warehouse.place("SO-1", line("A", 3));
        warehouse.place("SO-2", line("A", 3));
        warehouse.place("SO-3", line("A", 3));
        settled();
        warehouse.receive("A", "L-05", 4);
        settled();

        var fold = LogFold.of(store);
        assertThat(describe(fold.line("SO-1", "A")))
                .isEqualTo("ordered 3, reserved 3, picked 0, backordered 0");
        assertThat(describe(fold.line("SO-2", "A")))
                .isEqualTo("ordered 3, reserved 1, picked 0, backordered 2");
        assertThat(describe(fold.line("SO-3", "A")))
                .isEqualTo("ordered 3, reserved 0, picked 0, backordered 3");
        assertThat(allocation.state().waitingFor("A")).containsExactly("SO-2", "SO-3");
        assertThat(fold.linesNotAddingUp()).isEmpty();
    }

    @Test
    void a_count_that_finds_more_fills_backorders_and_one_that_finds_less_fills_nothing() {
        warehouse.receive("A", "L-01", 1);
        warehouse.place("SO-1", line("A", 3));
        settled();
        warehouse.count("A", "L-01", 2);
        settled();
        assertThat(figures("SO-1", "A").backordered).isEqualTo(1);

        warehouse.count("A", "L-01", 3);
        settled();
        assertThat(describe(figures("SO-1", "A")))
                .isEqualTo("ordered 3, reserved 3, picked 0, backordered 0");
        assertThat(allocation.state().waitingFor("A")).isEmpty();
    }

    @Test
    void a_cancelled_order_frees_its_stock_for_the_orders_waiting_for_it() {
        warehouse.receive("A", "L-01", 4);
        warehouse.receive("B", "L-01", 1);
        warehouse.place("SO-1", line("A", 4), line("B", 1));
        warehouse.place("SO-2", line("A", 3));
        settled();
        warehouse.cancel("SO-1");
        settled();

        var fold = LogFold.of(store);
        assertThat(fold.bin("B", "L-01").reserved).isZero();
        assertThat(describe(fold.line("SO-2", "A")))
                .isEqualTo("ordered 3, reserved 3, picked 0, backordered 0");
        assertThat(fold.reservedOf("A")).isEqualTo(3);
        assertThat(allocation.state().order("SO-1")).isNull();
        assertThat(fold.linesNotAddingUp()).isEmpty();
    }

    @Test
    void units_a_count_cut_are_reserved_elsewhere_and_what_is_nowhere_is_backordered() {
        warehouse.receive("A", "L-01", 4);
        warehouse.receive("A", "L-02", 1);
        warehouse.place("SO-1", line("A", 2));
        warehouse.place("SO-2", line("A", 2));
        settled(); // SO-1: 2 at L-01; SO-2: 2 at L-01; L-02 has 1 free
        warehouse.count("A", "L-01", 1); // cuts SO-2 by 2 (youngest), then SO-1 by 1
        settled();

        var fold = LogFold.of(store);
        assertThat(fold.overReserved).isEmpty();
        assertThat(fold.bin("A", "L-02").reserved).isEqualTo(1);
        assertThat(fold.linesNotAddingUp()).isEmpty();
        // SO-2's cut came first in the log: it found the one free unit at L-02
        assertThat(describe(fold.line("SO-2", "A")))
                .isEqualTo("ordered 2, reserved 1, picked 0, backordered 1");
        assertThat(describe(fold.line("SO-1", "A")))
                .isEqualTo("ordered 2, reserved 1, picked 0, backordered 1");
        assertThat(allocation.state().waitingFor("A")).containsExactly("SO-1", "SO-2");
    }

    @Test
    void a_shipped_order_is_forgotten() {
        warehouse.receive("A", "L-01", 1);
        warehouse.place("SO-1", line("A", 1));
        settled();
        warehouse.ship("SO-1");
        settled();
        assertThat(allocation.state().orders()).isEmpty();
    }

    @Test
    void while_paused_new_orders_stay_unallocated_and_resume_allocates_them() {
        warehouse.receive("A", "L-01", 5);
        settled();
        allocation.controls().pause();
        allocation.awaitStep();
        warehouse.place("SO-1", line("A", 2));
        sleep(300);
        assertThat(LogFold.of(store).decisions).doesNotContainKey("SO-1");
        assertThat(allocation.controls().state()).isEqualTo(State.PAUSED);

        allocation.controls().resume();
        allocation.wake();
        settled();
        assertThat(figures("SO-1", "A").reserved).isEqualTo(2);
    }

    @Test
    void a_failing_command_marks_it_failed_and_resume_goes_on_without_repeating_a_thing() {
        warehouse.receive("A", "L-01", 5);
        warehouse.place("SO-1", line("A", 2), line("B", 1));
        settled();
        warehouse.failFreshCommand(2); // the second line's reservation, after the first
        warehouse.place("SO-2", line("A", 2), line("B", 1));
        until(() -> allocation.controls().state() == State.FAILED);
        assertThat(allocation.controls().lastError()).contains("OrderPlaced", "server died");
        assertThat(LogFold.of(store).decisions).doesNotContainKey("SO-2");

        allocation.controls().resume();
        allocation.wake();
        settled();
        var fold = LogFold.of(store);
        assertThat(fold.bin("A", "L-01").reserved).isEqualTo(4);
        assertThat(fold.decisions).containsEntry("SO-2", 1);
        assertThat(describe(fold.line("SO-2", "A")))
                .isEqualTo("ordered 2, reserved 2, picked 0, backordered 0");
        assertThat(warehouse.repeatedCommands()).isEqualTo(1); // SO-2's first line, answered again
    }

    @Test
    void a_crash_between_its_commands_and_its_save_replays_the_event_and_repeats_nothing() {
        warehouse.place("SO-1", line("A", 3));
        warehouse.place("SO-2", line("A", 3));
        settled();
        Map<String, OpenOrder> before = allocation.state().orders();
        warehouse.failFreshCommand(3); // receive fills SO-1 (reserve, record), dies at SO-2
        warehouse.receive("A", "L-01", 5);
        until(() -> allocation.controls().state() == State.FAILED);
        allocation.close(); // the server dies; the saved state is that before the receipt
        int eventsBefore = (int) store.headPosition();

        // read what it loads before its thread starts: replaying the receipt from the record
        // takes it past SO-1's fill at once
        allocation = new Allocation(store, new AllocationDatabase(dir), warehouse);
        assertThat(allocation.state().orders()).isEqualTo(before);
        allocation.start();
        settled();
        var fold = LogFold.of(store);
        assertThat(fold.reservedOf("A")).isEqualTo(5);
        assertThat(fold.decisions).containsEntry("SO-1", 2).containsEntry("SO-2", 2);
        assertThat(describe(fold.line("SO-2", "A")))
                .isEqualTo("ordered 3, reserved 2, picked 0, backordered 1");
        assertThat(warehouse.repeatedCommands()).isEqualTo(2); // SO-1's reserve and record
        assertThat(store.headPosition()).isEqualTo(eventsBefore + 2); // SO-2's, and only those
    }

    @Test
    void a_rebuild_replays_the_whole_log_into_the_same_state_recording_nothing() {
        warehouse.receive("A", "L-01", 2);
        warehouse.place("SO-1", line("A", 3), line("B", 1));
        warehouse.place("SO-2", line("A", 2));
        warehouse.receive("A", "L-02", 2);
        warehouse.cancel("SO-1");
        warehouse.place("SO-3", line("A", 4));
        warehouse.count("A", "L-01", 0);
        settled();
        Map<String, OpenOrder> before = allocation.state().orders();
        long head = store.headPosition();
        int fresh = warehouse.freshCommands();

        allocation.controls().rebuild();
        allocation.wake();
        settled();
        assertThat(allocation.state().orders()).isEqualTo(before);
        assertThat(store.headPosition()).isEqualTo(head);
        assertThat(warehouse.freshCommands()).isEqualTo(fresh);
        assertThat(warehouse.repeatedCommands()).isEqualTo(fresh);
        assertThat(LogFold.of(store).linesNotAddingUp()).isEmpty();
    }

    @Test
    void break_fails_the_next_event_and_resume_applies_it() {
        allocation.controls().armBreak();
        warehouse.receive("A", "L-01", 1);
        warehouse.place("SO-1", line("A", 1));
        until(() -> allocation.controls().state() == State.FAILED);
        assertThat(allocation.controls().lastError()).contains("on purpose");

        allocation.controls().resume();
        allocation.wake();
        settled();
        assertThat(figures("SO-1", "A").reserved).isEqualTo(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
