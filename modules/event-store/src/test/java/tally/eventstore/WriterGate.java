package tally.eventstore;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Holds an engine's writer when it starts its next batch, before it takes the rest of its queue,
 * so that a test can queue appends that the writer then takes as one batch. Makes "in one batch"
 * deterministic: everything queued before {@link #release()} is in it. Each engine hands its own
 * hook ({@code H2WriterGate}, {@code PostgresWriterGate}): the hook is package-private there.
 */
public final class WriterGate {
    private final CountDownLatch released = new CountDownLatch(1);

    /** @param beforeNextBatch the engine's test hook, run by its writer before the next batch */
    public static WriterGate holdWriter(Consumer<Runnable> beforeNextBatch) {
        var gate = new WriterGate();
        beforeNextBatch.accept(gate::awaitRelease);
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
