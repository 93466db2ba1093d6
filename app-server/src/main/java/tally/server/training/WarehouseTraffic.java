package tally.server.training;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.command.domain.Command;
import tally.command.gateway.CommandGateway;
import tally.server.training.TrainingAnswers.Traffic;

/**
 * Simulated warehouse traffic at a chosen rate, as {@code system:training}: one scheduler
 * thread issues a command a tick, and at most {@link #IN_FLIGHT} wait for the writer at once;
 * a tick that finds them all waiting is skipped, so a slow log slows the traffic instead of
 * piling commands up. Nothing of it survives a restart.
 */
@Singleton
final class WarehouseTraffic {
    static final String USER = "system:training";
    static final int IN_FLIGHT = 64;
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseTraffic.class);

    private final CommandGateway gateway;
    private final WarehouseReader reader;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("training-traffic").factory());
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private ScheduledFuture<?> running;
    private int commandsPerSecond;
    private Instant startedAt;
    private Warehouse warehouse;

    WarehouseTraffic(CommandGateway gateway, WarehouseReader reader) {
        this.gateway = gateway;
        this.reader = reader;
    }

    /** Starts the traffic, or changes its rate while it runs (counts and start kept). */
    synchronized Traffic start(int perSecond) {
        if (running == null) {
            Warehouse read = reader.read();
            if (read.isEmpty()) {
                throw new HttpStatusException(HttpStatus.CONFLICT,
                        "the warehouse has no products or bins to work on: register some first");
            }
            warehouse = read;
            accepted.set(0);
            refused.set(0);
            startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            LOG.info("training traffic started at {} commands a second", perSecond);
        } else {
            running.cancel(false);
            LOG.info("training traffic now at {} commands a second", perSecond);
        }
        commandsPerSecond = perSecond;
        Warehouse work = warehouse;
        running = ticks.scheduleAtFixedRate(() -> tick(work), 0,
                TimeUnit.SECONDS.toMicros(1) / perSecond, TimeUnit.MICROSECONDS);
        return status();
    }

    /**
     * Stops it, and answers once the commands in flight have (so the counts are final);
     * stopping a stopped traffic changes nothing.
     */
    synchronized Traffic stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
            try {
                // A tick already under way when cancelled may still issue its command: the
                // ticks' one thread runs this no-op after it, and then the wait counts it too.
                ticks.submit(() -> { }).get(10, TimeUnit.SECONDS);
                if (inFlight.tryAcquire(IN_FLIGHT, 10, TimeUnit.SECONDS)) {
                    inFlight.release(IN_FLIGHT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("training traffic: the last tick did not end in time", e);
            }
            LOG.info("training traffic stopped: {} accepted, {} refused", accepted.get(),
                    refused.get());
        }
        return status();
    }

    synchronized Traffic status() {
        return new Traffic(running != null, commandsPerSecond, accepted.get(), refused.get(),
                startedAt);
    }

    private void tick(Warehouse work) {
        if (!inFlight.tryAcquire()) {
            return; // the writer is behind: this tick's command is not made at all
        }
        Command command = work.next(true);
        try {
            gateway.issue("training-" + UUID.randomUUID(), USER, command)
                    .whenComplete((outcome, failure) -> {
                        if (failure == null) {
                            accepted.incrementAndGet();
                            work.recorded(outcome.events());
                        } else {
                            refused.incrementAndGet();
                            work.refused(command);
                        }
                        inFlight.release(); // after the count: stop() reads it once all are back
                    });
        } catch (RuntimeException e) {
            inFlight.release();
            refused.incrementAndGet();
        }
    }

    /** With the server: no tick after this, and what is in flight answered before the log closes. */
    @PreDestroy
    void close() throws InterruptedException {
        stop();
        ticks.shutdownNow();
        ticks.awaitTermination(5, TimeUnit.SECONDS);
    }
}
