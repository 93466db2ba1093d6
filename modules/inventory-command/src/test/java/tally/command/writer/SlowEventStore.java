package tally.command.writer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStore;
import tally.eventstore.ForwardingEventStore;

/**
 * A log that is as slow as a test wants: its one stream {@code slow} takes until {@code release}
 * to read, and every append is answered only once {@code answers} completes (at once if done).
 */
final class SlowEventStore extends ForwardingEventStore {
    private final String slow;
    private final CountDownLatch reading;
    private final CountDownLatch release;
    private final CompletableFuture<?> answers;
    /** How many pages of the whole log were asked for. */
    final AtomicInteger pagesRead = new AtomicInteger();

    SlowEventStore(EventStore log, String slow, CountDownLatch reading, CountDownLatch release) {
        this(log, slow, reading, release, CompletableFuture.completedFuture(null));
    }

    /** A log whose reads are quick and whose appends are answered once {@code answers} is. */
    SlowEventStore(EventStore log, CompletableFuture<?> answers) {
        this(log, null, new CountDownLatch(0), new CountDownLatch(0), answers);
    }

    private SlowEventStore(EventStore log, String slow, CountDownLatch reading,
                           CountDownLatch release, CompletableFuture<?> answers) {
        super(log);
        this.slow = slow;
        this.reading = reading;
        this.release = release;
        this.answers = answers;
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        if (stream.equals(slow)) {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return delegate().readStream(stream);
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        return delegate().append(request).thenCombine(answers, (result, released) -> result);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        pagesRead.incrementAndGet();
        return delegate().readAll(afterPosition, limit);
    }

    /** The log is the test's: closing this view of it leaves it open. */
    @Override
    public void close() {
    }
}
