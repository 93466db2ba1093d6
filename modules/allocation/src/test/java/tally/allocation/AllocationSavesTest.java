package tally.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How often the allocation writes its checkpoint to its database: under a stream of receipts
 * that change no order, a write per doorbell was most of the allocation's CPU per command
 * (docs/benchmarks.md, "Commands per CPU"); the checkpoint must still land once they stop.
 */
class AllocationSavesTest extends AllocationRig {
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicLong savedAt = new AtomicLong();

    @Override
    Allocation startAllocation() {
        var counting = new AllocationDatabase(dir) {
            @Override
            void save(AllocationState state, long position) {
                super.save(state, position);
                saves.incrementAndGet();
                savedAt.set(position);
            }
        };
        var started = new Allocation(store, counting, warehouse);
        started.start();
        return started;
    }

    @Test
    void receipts_that_change_no_order_save_the_checkpoint_at_most_every_100_ms_and_it_lands() {
        warehouse.receive("A", "L-01", 1);
        settled();
        AllocationRig.until(() -> savedAt.get() == store.headPosition());
        int before = saves.get();
        long started = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            warehouse.receive("A", "L-01", 1); // each its own commit, each a doorbell
            settled(); // the allocation wakes and catches up after each one
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        AllocationRig.until(() -> savedAt.get() == store.headPosition());

        assertThat(saves.get() - before).as("saves in %d ms", millis)
                .isLessThanOrEqualTo((int) (millis / Allocation.SAVE_MILLIS) + 2);
    }
}
