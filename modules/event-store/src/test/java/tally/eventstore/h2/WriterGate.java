package tally.eventstore.h2;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the writer when it starts its next batch, before it takes the rest of the queue, so that
 * a test can queue appends that the writer then takes as one batch. Makes "in one batch"
 * deterministic: everything queued before {@link #release()} is in it.
 */
public final class WriterGate {
    private final CountDownLatch released = new CountDownLatch(1);

    static WriterGate holdWriter(TemporaryEventStore store) {
        return holdWriter(store.store());
    }

    public static WriterGate holdWriter(H2EventStore store) {
        var gate = new WriterGate();
        store.beforeNextBatch(gate::awaitRelease);
        return gate;
    }

    /** Lets the writer go on; it takes everything queued meanwhile into the batch. */
    public void release() {
        released.countDown();
    }

    private void awaitRelease() {
        try {
            if (!released.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
