package tally.eventstore.postgres;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a PostgreSQL store's writer when it starts its next batch, before it takes the rest of
 * its queue: everything queued before {@link #release()} is in that one batch (as the H2
 * engine's WriterGate does it).
 */
public final class PostgresWriterGate {
    private final CountDownLatch released = new CountDownLatch(1);

    public static PostgresWriterGate holdWriter(PostgresEventStore store) {
        var gate = new PostgresWriterGate();
        store.beforeNextBatch(gate::awaitRelease);
        return gate;
    }

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
