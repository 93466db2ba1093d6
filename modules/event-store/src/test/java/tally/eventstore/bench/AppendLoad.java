package tally.eventstore.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * {@code writers} threads, each appending one event with a command id and a user to its own
 * product's stream and waiting for the answer before the next, as command handlers do, for a
 * fixed time.
 */
final class AppendLoad {
    /** {@code cpuBefore}, {@code cpuAfter}: the CPU used before and after the run. */
    record Outcome(long appends, double seconds, Histogram latency, StoreCpu cpuBefore,
                   StoreCpu cpuAfter) {
        double perSecond() {
            return appends / seconds;
        }
    }

    // Run-unique, so that a second run on a log that keeps its rows (PostgreSQL) uses new ids.
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<EventStore> nodes;
    private int round;

    AppendLoad(EventStore store) {
        this(List.of(store));
    }

    /** Writers spread over several stores on one log: writer w appends through node w % n. */
    AppendLoad(List<EventStore> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    Outcome run(int writers, double seconds) throws InterruptedException {
        int thisRound = ++round;
        var histograms = new ArrayList<Histogram>();
        var threads = new ArrayList<Thread>();
        var start = new CountDownLatch(1);
        long[] deadline = new long[1];
        for (int w = 0; w < writers; w++) {
            var histogram = new Histogram(60_000_000_000L, 3);
            histograms.add(histogram);
            String sku = run + "-R" + thisRound + "-W" + w;
            EventStore store = nodes.get(w % nodes.size());
            threads.add(new Thread(() -> write(store, sku, start, deadline, histogram),
                    "writer-" + w));
        }
        threads.forEach(Thread::start);
        StoreCpu cpuBefore = StoreCpu.now();
        long began = System.nanoTime();
        deadline[0] = began + (long) (seconds * 1e9);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double took = (System.nanoTime() - began) / 1e9;
        StoreCpu cpuAfter = StoreCpu.now();
        var all = new Histogram(60_000_000_000L, 3);
        histograms.forEach(all::add);
        return new Outcome(all.getTotalCount(), took, all, cpuBefore, cpuAfter);
    }

    private static void write(EventStore store, String sku, CountDownLatch start, long[] deadline,
                              Histogram latency) {
        String stream = StoredEvent.streamOf(sku);
        try {
            start.await();
        } catch (InterruptedException e) {
            return;
        }
        long end = deadline[0];
        for (int i = 1; System.nanoTime() < end; i++) {
            String id = sku + "-" + i;
            // With a user, as every command now has: the column is filled, not left null.
            var request = new AppendRequest(stream, ExpectedVersion.ANY, id, "operator", null,
                    List.of(new StockReceived(sku, "A-01-01", i, id)));
            long t0 = System.nanoTime();
            store.appendAndWait(request);
            latency.recordValue(System.nanoTime() - t0);
        }
    }

    static List<String> row(String mode, int writers, Outcome o) {
        Histogram h = o.latency();
        String[] cpu = o.cpuAfter().perOperation(o.cpuBefore(), o.appends());
        return List.of(mode, Integer.toString(writers), String.format("%,.0f", o.perSecond()),
                millis(h.getValueAtPercentile(50)), millis(h.getValueAtPercentile(99)),
                millis(h.getMaxValue()), cpu[0], cpu[1], cpu[2]);
    }

    private static String millis(long nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }
}
