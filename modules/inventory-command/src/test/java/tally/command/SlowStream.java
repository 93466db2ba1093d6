package tally.command;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventStore;

/** A log whose one stream takes as long to read as a test wants: until {@code release}. */
final class SlowStream implements EventStore {
    private final EventStore log;
    private final String slow;
    private final CountDownLatch reading;
    private final CountDownLatch release;

    SlowStream(EventStore log, String slow, CountDownLatch reading, CountDownLatch release) {
        this.log = log;
        this.slow = slow;
        this.reading = reading;
        this.release = release;
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
        return log.readStream(stream);
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        return log.append(request);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        return log.readAll(afterPosition, limit);
    }

    @Override
    public long headPosition() {
        return log.headPosition();
    }

    @Override
    public Optional<AppendResult> findCommand(String commandId) {
        return log.findCommand(commandId);
    }

    @Override
    public Doorbell doorbell() {
        return log.doorbell();
    }

    @Override
    public void close() {
    }
}
