package tally.eventstore.contract;

import java.util.function.Supplier;
import tally.eventstore.EventStore;

/** One empty log of an {@link Engine}: opened as often as a test likes, deleted at the end. */
public final class TestLog {
    private final Supplier<EventStore> opener;
    private final Runnable deleter;

    TestLog(Supplier<EventStore> opener, Runnable deleter) {
        this.opener = opener;
        this.deleter = deleter;
    }

    /** A store on this log; the caller closes it. */
    public EventStore open() {
        return opener.get();
    }

    /** Deletes what the log left on disk (a PostgreSQL test database goes with the cluster). */
    public void delete() {
        deleter.run();
    }

    /** A store on this log that deletes the log when it is closed. */
    EventStore openDeletingOnClose() {
        return new ClosingStore(open(), this::delete);
    }
}
