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

    /** On the store's confirming thread (or its listener's): only remembers a number. */
    @Subscribe
    public void committed(EventsCommitted notice) {
        head.accumulateAndGet(notice.toPosition(), Math::max);
    }

    long head() {
        return head.get();
    }
}
