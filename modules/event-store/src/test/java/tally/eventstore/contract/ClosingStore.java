package tally.eventstore.contract;

import tally.eventstore.EventStore;
import tally.eventstore.ForwardingEventStore;

/** A store that runs something (deleting its log) after it has closed. */
final class ClosingStore extends ForwardingEventStore {
    private final Runnable afterClose;

    ClosingStore(EventStore store, Runnable afterClose) {
        super(store);
        this.afterClose = afterClose;
    }

    EventStore inner() {
        return delegate();
    }

    @Override
    public void close() {
        super.close();
        afterClose.run();
    }
}
