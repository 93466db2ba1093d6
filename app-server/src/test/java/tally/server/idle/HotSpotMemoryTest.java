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
            // Other work in this test JVM (which, was not found out) once made G1 grow the heap
            // again right after: then the give-back is asked again, as
            // the server's next quiet look would. A give-back that never shrinks still fails.
            MemoryUsage heap = leanAfterGivingBack(Duration.ofSeconds(30));
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

    private MemoryUsage leanAfterGivingBack(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        while (heap.getCommitted() > lean(heap) && System.nanoTime() < until) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            memory.giveBack();
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        }
        return heap;
    }
}
