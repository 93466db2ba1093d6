package tally.eventstore.bench;

import com.google.common.eventbus.Subscribe;
import java.util.List;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.EventsCommitted;
import tally.eventstore.ExpectedVersion;

/**
 * Node-to-node lag at the store: from an append answered on one node to the other node's
 * doorbell ringing for its position (the NOTIFY, or the timer behind it). A read model on the
 * other node starts applying the event then; what it adds is the read side's own lag.
 */
final class NodeLag {
    private final Object monitor = new Object();
    private long heardTo;

    private NodeLag() {
    }

    /** {@code samples} appends on {@code from}, one after another, each timed until heard. */
    static Histogram measure(EventStore from, EventStore to, int samples)
            throws InterruptedException {
        var lag = new NodeLag();
        to.doorbell().register(lag);
        try {
            var histogram = new Histogram(60_000_000_000L, 3);
            for (int i = 0; i < samples; i++) {
                String id = UUID.randomUUID().toString();
                long position = from.appendAndWait(new AppendRequest("product-LAG-PROBE",
                        ExpectedVersion.ANY, id, "operator", null,
                        List.of(new StockReceived("LAG-PROBE", "A-01-01", 1, id)))).position();
                long answered = System.nanoTime();
                lag.awaitHeard(position);
                histogram.recordValue(System.nanoTime() - answered);
            }
            return histogram;
        } finally {
            to.doorbell().unregister(lag);
        }
    }

    @Subscribe
    public void on(EventsCommitted notice) {
        synchronized (monitor) {
            heardTo = Math.max(heardTo, notice.toPosition());
            monitor.notifyAll();
        }
    }

    private void awaitHeard(long position) throws InterruptedException {
        synchronized (monitor) {
            while (heardTo < position) {
                monitor.wait(1000);
            }
        }
    }
}
