package tally.server.idle;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Runs in this test JVM (G1, no -Xms): the collection it asks for is a full one here. */
class HotSpotMemoryTest {
    private static final HotSpotDiagnosticMXBean FLAGS =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final HotSpotMemory memory = new HotSpotMemory();

    @Test
    void counts_the_bytes_its_threads_allocate() {
        long before = memory.allocatedBytes();
        byte[][] garbage = new byte[10][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1 << 20];
        }
        assertThat(memory.allocatedBytes() - before).isGreaterThanOrEqualTo(10L << 20);
        assertThat(garbage[9]).hasSize(1 << 20);
    }

    @Test
    void gives_back_the_heap_down_to_its_lean_ratio_until_work_starts_again() {
        String minFree = FLAGS.getVMOption(HotSpotMemory.MIN_FREE).getValue();
        String maxFree = FLAGS.getVMOption(HotSpotMemory.MAX_FREE).getValue();
        for (int i = 0; i < 400; i++) {
            byte[] garbage = new byte[1 << 20];
            garbage[i] = 1;
        }
        try {
            memory.giveBack();
            // Committed at most used / (1 - 20 %), give or take G1's regions (up to 32 MiB).
            // G1 sizes the heap in the full collection but hands the regions back to the
            // system on its service thread a moment later: wait for that, not for a time.
            MemoryUsage heap = leanOrAsItIsAfter(Duration.ofSeconds(30));
            assertThat(heap.getCommitted()).isLessThanOrEqualTo(lean(heap));
            assertThat(FLAGS.getVMOption(HotSpotMemory.MAX_FREE).getValue())
                    .isEqualTo(Integer.toString(HotSpotMemory.LEAN_MAX_FREE));
        } finally {
            memory.workAgain();
        }
        assertThat(FLAGS.getVMOption(HotSpotMemory.MIN_FREE).getValue()).isEqualTo(minFree);
        assertThat(FLAGS.getVMOption(HotSpotMemory.MAX_FREE).getValue()).isEqualTo(maxFree);
    }

    private static long lean(MemoryUsage heap) {
        return heap.getUsed() * 100 / (100 - HotSpotMemory.LEAN_MAX_FREE) + (64L << 20);
    }

    private static MemoryUsage leanOrAsItIsAfter(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        while (heap.getCommitted() > lean(heap) && System.nanoTime() < until) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        }
        return heap;
    }
}
