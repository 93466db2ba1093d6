package tally.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import tally.events.OrderEvent.OrderLine;
import tally.eventstore.FollowerControls.State;
import tally.eventstore.h2.TemporaryEventStore;
import tally.eventstore.h2.TestStores;

/**
 * An allocation on a real log in a temporary folder, against the in-memory write side
 * ({@link FakeWarehouse}): what every allocation test starts from.
 */
abstract class AllocationRig {
    @TempDir
    Path dir;
    TemporaryEventStore store;
    FakeWarehouse warehouse;
    Allocation allocation;

    /** How the write side answers: at once, unless a test class says otherwise. */
    void configure(FakeWarehouse fake) {
    }

    @BeforeEach
    void open() {
        store = TestStores.temporary();
        warehouse = new FakeWarehouse(store);
        configure(warehouse);
        allocation = startAllocation();
    }

    @AfterEach
    void close() {
        allocation.close();
        warehouse.close();
        store.close();
    }

    Allocation startAllocation() {
        var started = new Allocation(store, new AllocationDatabase(dir), warehouse);
        started.start();
        return started;
    }

    static OrderLine line(String sku, int quantity) {
        return new OrderLine(sku, quantity);
    }

    /** The allocation has reacted to everything, its own commands' events included. */
    void settled() {
        until(() -> allocation.position() == store.headPosition()
                && allocation.controls().state() == State.RUNNING);
    }

    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
