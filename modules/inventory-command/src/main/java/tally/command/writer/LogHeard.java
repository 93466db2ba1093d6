package tally.command.writer;

import com.google.common.eventbus.Subscribe;
import java.util.concurrent.atomic.AtomicLong;
import tally.eventstore.EventsCommitted;

/**
 * The head of the log as this node's doorbell last told it: this writer's commits and, on a
 * log that several nodes share, every other node's too. Asking costs a read of one number, so a
 * register may ask before every command whether the log has grown past what it has read.
 */
final class LogHeard {
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong ownEvents = new AtomicLong();
    private final long startHead;

    /** {@code startHead}: the log's head when this writer began. */
    LogHeard(long startHead) {
        this.startHead = startHead;
        head.set(startHead);
    }

    /** On the store's confirming thread (or its listener's): only remembers a number. */
    @Subscribe
    public void committed(EventsCommitted notice) {
        head.accumulateAndGet(notice.toPosition(), Math::max);
    }

    long head() {
        return head.get();
    }

    /** This writer's own {@code events} reached the log: the store's confirming thread. */
    void ownCommitted(int events) {
        ownEvents.addAndGet(events);
    }

    /**
     * Whether the log has grown by more than this writer appended since it began: another node
     * writes to it, so an aggregate in memory may be stale even where no append told it so.
     * True for a moment too when the doorbell rings for an own commit before its answer counts.
     */
    boolean othersWrote() {
        return head.get() > startHead + ownEvents.get();
    }
}
