package tally.eventstore.contract;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventStore;

/** A store that runs something (deleting its log) after it has closed. */
final class ClosingStore implements EventStore {
    private final EventStore store;
    private final Runnable afterClose;

    ClosingStore(EventStore store, Runnable afterClose) {
        this.store = store;
        this.afterClose = afterClose;
    }

    EventStore inner() {
        return store;
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        return store.append(request);
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        return store.readStream(stream);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        return store.readAll(afterPosition, limit);
    }

    @Override
    public long headPosition() {
        return store.headPosition();
    }

    @Override
    public Optional<AppendResult> findCommand(String commandId) {
        return store.findCommand(commandId);
    }

    @Override
    public Doorbell doorbell() {
        return store.doorbell();
    }

    @Override
    public boolean sharedWithOtherNodes() {
        return store.sharedWithOtherNodes();
    }

    @Override
    public void close() {
        store.close();
        afterClose.run();
    }
}
