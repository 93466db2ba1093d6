package tally.eventstore;

import com.google.common.eventbus.Subscribe;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tally.events.InventoryEvent;

/**
 * Holds the writer thread inside the doorbell of one commit, so that a test can queue appends
 * that the writer will then take as one batch. Makes "in one batch" deterministic.
 */
final class WriterGate {
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Commits one event and returns once the writer is held in that commit's doorbell. */
    static WriterGate holdWriter(EventStore store) throws InterruptedException {
        var gate = new WriterGate();
        store.doorbell().register(gate);
        store.append(AppendRequest.of("gate", ExpectedVersion.ANY, null,
                new InventoryEvent.ProductRegistered("GATE", "holds the writer", 0)));
        if (!gate.held.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer never rang the doorbell");
        }
        store.doorbell().unregister(gate);
        return gate;
    }

    /** Lets the writer go on; it takes everything queued meanwhile as its next batch. */
    void release() {
        released.countDown();
    }

    @Subscribe
    public void on(EventsCommitted notice) throws InterruptedException {
        if (held.getCount() == 0) {
            return;
        }
        held.countDown();
        released.await(10, TimeUnit.SECONDS);
    }
}
