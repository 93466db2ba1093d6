package tally.eventstore;

import com.google.common.eventbus.DeadEvent;
import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.google.common.eventbus.SubscriberExceptionContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Guava EventBus, used only as a doorbell (docs/design.md): it says "the log has grown"
 * and never carries the events. Guava would only log a subscriber's exception; here it is
 * recorded and handed to whoever listens (the query side marks the projection FAILED), and a notice nobody
 * hears is logged as a dead event.
 *
 * <p>Posting is synchronous on the store's confirming thread, which answers the next batches
 * only after it: a subscriber must only wake something up.
 */
public final class Doorbell {
    private static final Logger LOG = LoggerFactory.getLogger(Doorbell.class);
    private static final int KEPT_FAILURES = 100;

    /** A subscriber that threw, what it threw, and on which notice. */
    public record SubscriberFailure(Object subscriber, Object notice, Throwable error,
                                    Instant at) {
    }

    private final EventBus bus = new EventBus(this::onSubscriberException);
    private final List<Consumer<SubscriberFailure>> failureListeners = new CopyOnWriteArrayList<>();
    private final Deque<SubscriberFailure> failures = new ArrayDeque<>();

    public Doorbell() {
        bus.register(new DeadNoticeLogger());
    }

    /** Registers an object with {@code @Subscribe} methods taking {@link EventsCommitted}. */
    public void register(Object subscriber) {
        bus.register(subscriber);
    }

    public void unregister(Object subscriber) {
        bus.unregister(subscriber);
    }

    /** Told of every subscriber failure, after it is recorded. */
    public void onSubscriberFailure(Consumer<SubscriberFailure> listener) {
        failureListeners.add(listener);
    }

    /** The most recent subscriber failures, oldest first. */
    public synchronized List<SubscriberFailure> failures() {
        return List.copyOf(failures);
    }

    /** Rung by an engine after each commit, on its confirming thread; nobody else rings it. */
    public void ring(EventsCommitted notice) {
        bus.post(notice);
    }

    private void onSubscriberException(Throwable error, SubscriberExceptionContext context) {
        var failure = new SubscriberFailure(context.getSubscriber(), context.getEvent(), error,
                Instant.now());
        synchronized (this) {
            if (failures.size() == KEPT_FAILURES) {
                failures.removeFirst();
            }
            failures.addLast(failure);
        }
        LOG.error("doorbell subscriber {} failed on {}", context.getSubscriberMethod(),
                context.getEvent(), error);
        for (var listener : failureListeners) {
            try {
                listener.accept(failure);
            } catch (RuntimeException e) {
                LOG.error("subscriber failure listener failed", e);
            }
        }
    }

    private static final class DeadNoticeLogger {
        @Subscribe
        public void onDead(DeadEvent dead) {
            LOG.debug("nobody heard {}", dead.getEvent());
        }
    }
}
