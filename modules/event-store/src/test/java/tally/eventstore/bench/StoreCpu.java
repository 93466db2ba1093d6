package tally.eventstore.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by the event store's writer thread, by all of the store's threads (writer,
 * confirmer, H2's serialization and save threads) and by the whole process. On a machine shared
 * with other work, wall-clock rates say as much about the neighbours as about the store; CPU per
 * append says what it costs.
 */
record StoreCpu(long writer, long store, long process) {
    private static final String WRITER = "event-store-writer";

    /** Now; a figure that cannot be measured is -1. */
    static StoreCpu now() {
        var mx = ManagementFactory.getThreadMXBean();
        if (!mx.isThreadCpuTimeSupported()) {
            return new StoreCpu(-1, -1, -1);
        }
        long writer = -1;
        long store = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.startsWith("event-store-") || name.startsWith("H2-")) {
                long cpu = mx.getThreadCpuTime(t.getId());
                store += Math.max(cpu, 0);
                if (name.equals(WRITER)) {
                    writer = cpu;
                }
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        return new StoreCpu(writer, store, process);
    }

    /** Microseconds of each figure per operation since {@code before}, "?" where unknown. */
    String[] perOperation(StoreCpu before, long operations) {
        return new String[] {micros(before.writer, writer, operations),
            micros(before.store, store, operations), micros(before.process, process, operations)};
    }

    private static String micros(long before, long after, long operations) {
        if (before < 0 || after < 0 || operations == 0) {
            return "?";
        }
        return String.format("%.0f us", (after - before) / 1e3 / operations);
    }
}
