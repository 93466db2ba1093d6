package tally.eventstore.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import tally.events.TallyEvent;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/** Fills a log with many events, then reads it all back in pages as a projection would. */
final class ReadBack {
    private static final int EVENTS_PER_APPEND = 100;
    private static final int IN_FLIGHT = 40;
    private static final int PAGE = 1000;

    /** One pass over the log: events read, seconds, CPU seconds of the reading thread. */
    record Pass(long read, double seconds, double cpu) {
    }

    /** The first pass runs on cold code (the JIT still compiling); the second as a server would. */
    record Figures(long written, double writeSeconds, Pass first, Pass second) {
    }

    static Figures run(EventStore store, int events) throws InterruptedException {
        long t0 = System.nanoTime();
        fill(store, events);
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        return new Figures(events, writeSeconds, pass(store, events), pass(store, events));
    }

    private static Pass pass(EventStore store, int events) {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t1 = System.nanoTime();
        long cpu = mx.getCurrentThreadCpuTime();
        long read = readAll(store);
        long t2 = System.nanoTime();
        double readCpu = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (read != events) {
            throw new IllegalStateException("wrote " + events + " events but read " + read);
        }
        return new Pass(read, (t2 - t1) / 1e9, readCpu);
    }

    /** Pipelined appends of 100 events to 1,000 products, at most 40 waiting at a time. */
    private static void fill(EventStore store, int events) throws InterruptedException {
        var inFlight = new Semaphore(IN_FLIGHT);
        var last = new ArrayList<CompletableFuture<?>>();
        for (int done = 0, n = 0; done < events; n++) {
            String sku = "READ-" + (n % 1000);
            List<TallyEvent> batch = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_APPEND && done < events; i++, done++) {
                batch.add(i % 2 == 0 ? new StockReceived(sku, "A-01-01", i + 1, "PO-" + done)
                        : new StockMoved(sku, "A-01-01", "B-02-03", 1));
            }
            inFlight.acquire();
            var append = store.append(new AppendRequest(StoredEvent.streamOf(sku),
                    ExpectedVersion.ANY, null, null, null, batch));
            append.whenComplete((r, e) -> inFlight.release());
            last.add(append);
            if (last.size() == IN_FLIGHT * 4) {
                last.forEach(CompletableFuture::join);
                last.clear();
            }
        }
        last.forEach(CompletableFuture::join);
    }

    private static long readAll(EventStore store) {
        long after = 0;
        long count = 0;
        List<StoredEvent> page;
        while (!(page = store.readAll(after, PAGE)).isEmpty()) {
            count += page.size();
            after = page.get(page.size() - 1).position();
        }
        return count;
    }
}
