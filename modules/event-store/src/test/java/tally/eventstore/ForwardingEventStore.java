package tally.eventstore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tally.events.StoredEvent;

/**
 * An event store that hands every call to another, for a test's store to override only what it
 * changes (a count of reads, a folder deleted after closing), as Guava's {@code Forwarding}
 * collections do: three tests each wrote out all of {@link EventStore} to change one method.
 */
public abstract class ForwardingEventStore implements EventStore {
    private final EventStore delegate;

    protected ForwardingEventStore(EventStore delegate) {
        this.delegate = delegate;
    }

    /** The store every call goes to. */
    public EventStore delegate() {
        return delegate;
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        return delegate.append(request);
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        return delegate.readStream(stream);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        return delegate.readAll(afterPosition, limit);
    }

    @Override
    public long headPosition() {
        return delegate.headPosition();
    }

    @Override
    public Optional<AppendResult> findCommand(String commandId) {
        return delegate.findCommand(commandId);
    }

    @Override
    public Doorbell doorbell() {
        return delegate.doorbell();
    }

    @Override
    public Optional<String> writeProblem() {
        return delegate.writeProblem();
    }

    @Override
    public boolean sharedWithOtherNodes() {
        return delegate.sharedWithOtherNodes();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
