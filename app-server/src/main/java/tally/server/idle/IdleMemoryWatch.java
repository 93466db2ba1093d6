package tally.server.idle;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every few seconds whether the server fell quiet ({@link IdleMemory}), on a daemon thread
 * of its own. {@code tally.idle-memory.enabled: false} turns it off.
 */
@Context
@Requires(property = "tally.idle-memory.enabled", notEquals = "false")
final class IdleMemoryWatch {
    private static final Logger LOG = LoggerFactory.getLogger(IdleMemoryWatch.class);
    /** 16 MiB in 5 s: a few requests a second stay under it, 64 connections at work far over. */
    static final long BUSY_BYTES = 16L << 20;
    /** Two looks, 10 s: a pause between two bursts of work gives nothing back. */
    static final int QUIET_LOOKS = 2;

    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("tally-idle-memory").factory());

    IdleMemoryWatch(@Value("${tally.idle-memory.every:5s}") java.time.Duration every) {
        var memory = new IdleMemory(new HotSpotMemory(), BUSY_BYTES, QUIET_LOOKS);
        looks.scheduleWithFixedDelay(() -> {
            try {
                if (memory.look()) {
                    LOG.debug("quiet after work: memory given back");
                }
            } catch (RuntimeException e) {
                LOG.warn("could not give memory back: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        looks.shutdownNow();
    }
}
