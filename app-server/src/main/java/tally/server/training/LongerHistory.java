package tally.server.training;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.command.domain.Command;
import tally.command.gateway.CommandGateway;
import tally.eventstore.EventStore;
import tally.server.training.TrainingAnswers.History;

/**
 * A longer history on request: about N more events of receipts, moves and picks, issued as
 * {@code system:training} through the gateway as fast as the writer takes them, with at most
 * {@link #IN_FLIGHT} commands waiting at once, on one background thread. One at a time.
 */
@Singleton
final class LongerHistory {
    static final int IN_FLIGHT = 256;
    private static final Logger LOG = LoggerFactory.getLogger(LongerHistory.class);

    private final CommandGateway gateway;
    private final WarehouseReader reader;
    private final EventStore store;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicLong appended = new AtomicLong();
    private final AtomicLong lastPosition = new AtomicLong();
    private volatile boolean stopping;
    /** Set by a trainer's stop: this history ends, the next one may start. */
    private volatile boolean cancelled;
    private Thread worker;
    private long requested;
    private long fromPosition;
    private Long toPosition;

    LongerHistory(CommandGateway gateway, WarehouseReader reader, EventStore store) {
        this.gateway = gateway;
        this.reader = reader;
        this.store = store;
    }

    /** Starts appending {@code events} more; 409 while an earlier request still runs. */
    synchronized History start(int events) {
        if (worker != null && toPosition == null) {
            throw new HttpStatusException(HttpStatus.CONFLICT, "a history of " + requested
                    + " events is still being appended (" + appended.get() + " so far): wait"
                    + " for it to end");
        }
        Warehouse warehouse = reader.read();
        if (warehouse.isEmpty()) {
            throw new HttpStatusException(HttpStatus.CONFLICT,
                    "the warehouse has no products or bins to work on: register some first");
        }
        requested = events;
        cancelled = false;
        appended.set(0);
        fromPosition = store.headPosition();
        lastPosition.set(fromPosition);
        toPosition = null;
        LOG.info("appending a history of {} events after position {}", events, fromPosition);
        worker = Thread.ofVirtual().name("training-history").start(() -> run(warehouse, events));
        return status();
    }

    synchronized History status() {
        return new History(worker != null && toPosition == null, requested, appended.get(),
                fromPosition, toPosition);
    }

    private void run(Warehouse warehouse, long events) {
        // A refusal appends nothing; a warehouse that refuses everything still ends.
        long tries = 2 * events + 1000;
        try {
            for (long issued = 0; !stopping && !cancelled && issued < tries; ) {
                if (appended.get() + IN_FLIGHT - inFlight.availablePermits() >= events) {
                    // Perhaps enough (a command just answered is counted twice for a moment):
                    // let what is in flight answer, then count again.
                    inFlight.acquire(IN_FLIGHT);
                    inFlight.release(IN_FLIGHT);
                    if (appended.get() >= events) {
                        break;
                    }
                    continue;
                }
                inFlight.acquire();
                issue(warehouse, warehouse.next(false));
                issued++;
            }
            inFlight.acquire(IN_FLIGHT);
            inFlight.release(IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server stops: end where we are
        } finally {
            synchronized (this) {
                toPosition = lastPosition.get();
            }
            LOG.info("appended a history of {} events, positions {} to {}", appended.get(),
                    fromPosition, toPosition);
        }
    }

    private void issue(Warehouse warehouse, Command command) {
        try {
            gateway.issue("training-" + UUID.randomUUID(), WarehouseTraffic.USER, command)
                    .whenComplete((outcome, failure) -> {
                        if (failure == null) {
                            warehouse.recorded(outcome.events());
                            appended.addAndGet(outcome.events().size());
                            lastPosition.accumulateAndGet(outcome.answer().position(), Math::max);
                        } else {
                            warehouse.refused(command);
                        }
                        inFlight.release();
                    });
        } catch (RuntimeException e) {
            inFlight.release();
        }
    }

    /**
     * A trainer's stop (a lesson's Reset): no command after this, and what is in flight answered
     * before the answer, so that its counts are final. Stopping what is not running is fine.
     */
    History stop() throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = worker != null && toPosition == null ? worker : null;
            cancelled = true;
        }
        if (running != null) {
            running.join(TimeUnit.SECONDS.toMillis(10));
        }
        return status();
    }

    /** With the server: no command after this, and what is in flight answered first. */
    @PreDestroy
    void close() throws InterruptedException {
        stopping = true;
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            running.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
