package tally.eventstore.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of the event store's writer thread. On a machine shared with other work, wall-clock
 * rates say as much about the neighbours as about the store; CPU per append says what it costs.
 */
final class WriterCpu {
    private WriterCpu() {
    }

    /** Nanoseconds of CPU the writer thread has used, or -1 if it cannot be measured. */
    static long nanos() {
        var mx = ManagementFactory.getThreadMXBean();
        if (!mx.isThreadCpuTimeSupported()) {
            return -1;
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("event-store-writer")) {
                return mx.getThreadCpuTime(t.getId());
            }
        }
        return -1;
    }
}
