package tally.query.log;

import com.google.common.eventbus.Subscribe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import tally.eventstore.EventStore;
import tally.eventstore.EventsCommitted;
import tally.query.engine.waits.PositionWaiters;

/**
 * Releases the waiters of queries answered from the log itself ({@code GET /api/events}, a
 * product's history) as the log grows.
 */
@Singleton
public final class LogHeadWatch {
    private final EventStore store;
    final PositionWaiters waiters;

    LogHeadWatch(EventStore store) {
        this.store = store;
        this.waiters = new PositionWaiters(store.headPosition());
    }

    /** Waiters released as the log's head passes their position. */
    public PositionWaiters waiters() {
        return waiters;
    }

    @PostConstruct
    void start() {
        store.doorbell().register(this);
    }

    @PreDestroy
    void stop() {
        store.doorbell().unregister(this);
    }

    /** Runs on the event store's writer thread: completing a future only schedules the query. */
    @Subscribe
    public void on(EventsCommitted notice) {
        waiters.advance(notice.toPosition());
    }
}
