package tally.server.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * CPU time of this process between two readings, split into the server's threads (by what they
 * do), the benchmark's own client threads, and what the JVM spends outside Java threads (garbage
 * collection, the JIT compiler): on a machine shared with other work, CPU per command says more
 * about a change than commands per second do. The bytes the http threads allocate per command
 * are steadier still: they hardly move with the load, and they follow the per-request work.
 */
final class CpuMeter {
    /** The longest collection pause since last asked, told by the JVM after each collection. */
    private static final AtomicLong LONGEST_PAUSE = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                        n.getType())) {
                    long ms = GarbageCollectionNotificationInfo.from(
                            (CompositeData) n.getUserData()).getGcInfo().getDuration();
                    LONGEST_PAUSE.accumulateAndGet(ms, Math::max);
                }
            }, null, null);
        }
    }

    private final Map<String, Long> threads;
    private final long process;
    private final long gcCount;
    private final long gcMillis;
    private final long jitMillis;
    private final long httpBytes;

    private CpuMeter(Map<String, Long> threads, long process, long gcCount, long gcMillis,
                     long jitMillis, long httpBytes) {
        this.threads = threads;
        this.httpBytes = httpBytes;
        this.process = process;
        this.gcCount = gcCount;
        this.gcMillis = gcMillis;
        this.jitMillis = jitMillis;
    }

    /** Resets the longest pause, so that the next {@link #perCommand} tells that run's. */
    static CpuMeter start() {
        LONGEST_PAUSE.set(0);
        return read();
    }

    /** Milliseconds the JIT compilers have worked so far. */
    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    static CpuMeter read() {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var threads = new TreeMap<String, Long>();
        long httpBytes = 0;
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                threads.merge(kind(info.getThreadName()), cpu, Long::sum);
                if (kind(info.getThreadName()).equals("http")) {
                    httpBytes += Math.max(0, mx.getThreadAllocatedBytes(id));
                }
            }
        }
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        var os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        return new CpuMeter(threads, os.getProcessCpuTime(), count, millis, jitMillis(),
                httpBytes);
    }

    /** Which part of the process a thread belongs to, by its name. */
    private static String kind(String name) {
        if (name.startsWith("bench-")) {
            return "clients";
        } else if (name.contains("eventLoop")) {
            return "http";
        } else if (name.equals("command-writer")) {
            return "decide";
        } else if (name.equals("event-store-writer")) {
            return "log";
        } else if (name.startsWith("projection-") || name.startsWith("live-stream")) {
            return "read side";
        } else if (name.startsWith("H2-") || name.startsWith("MVStore")) {
            return "h2 bg";
        } else if (name.startsWith("main") || name.startsWith("tally.server.bench")) {
            return "bench main";
        }
        return "other";
    }

    /**
     * Microseconds per command since {@code before}: the server's total and its parts, the
     * clients', the JVM's own (GC, JIT), and the collections and their pause time.
     */
    String perCommand(CpuMeter before, long commands) {
        var text = new StringBuilder();
        long server = 0;
        long java = 0;
        var parts = new StringBuilder();
        for (var e : threads.entrySet()) {
            long spent = e.getValue() - before.threads.getOrDefault(e.getKey(), 0L);
            java += spent;
            if (!e.getKey().equals("clients") && !e.getKey().equals("bench main")) {
                server += spent;
                parts.append(String.format(" %s %d", e.getKey(), micros(spent, commands)));
            }
        }
        long clients = threads.getOrDefault("clients", 0L)
                - before.threads.getOrDefault("clients", 0L);
        long jvm = Math.max(0, process - before.process - java);
        text.append(String.format("    CPU us/command: server %d (%s), clients %d, JVM (GC, JIT)"
                        + " %d; JIT %d ms; %d GCs, %d ms in all, longest %d ms;"
                        + " http threads allocate %d bytes/command",
                micros(server, commands), parts.toString().trim(), micros(clients, commands),
                micros(jvm, commands), jitMillis - before.jitMillis, gcCount - before.gcCount,
                gcMillis - before.gcMillis, LONGEST_PAUSE.get(),
                commands == 0 ? 0 : (httpBytes - before.httpBytes) / commands));
        return text.toString();
    }

    private static long micros(long nanos, long commands) {
        return commands == 0 ? 0 : nanos / commands / 1000;
    }
}
