package tally.server.training;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import tally.eventstore.EventStore;

/**
 * The training's order ids, {@code TRAIN-<n>}. Numbered on from the log's head as it was when
 * the server started: every order placed records an event, so after a restart the head is past
 * every number used before, and no order id comes round again.
 */
@Singleton
final class OrderNumbers {
    private final AtomicLong last;

    OrderNumbers(EventStore store) {
        this.last = new AtomicLong(store.headPosition());
    }

    String next() {
        return "TRAIN-" + last.incrementAndGet();
    }
}
