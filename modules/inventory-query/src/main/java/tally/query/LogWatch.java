package tally.query;

import com.google.common.eventbus.Subscribe;
import tally.eventstore.EventsCommitted;

/** Releases {@code GET /api/events?minPosition=} waiters as the log grows. */
final class LogWatch {
    final PositionWaiters waiters;

    LogWatch(long head) {
        this.waiters = new PositionWaiters(head);
    }

    /** Runs on the event store's writer thread: completing a future only schedules the query. */
    @Subscribe
    public void on(EventsCommitted notice) {
        waiters.advance(notice.toPosition());
    }
}
