package tally.server.metrics;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import tally.command.writer.CommandWriter;
import tally.command.writer.LogWrites;
import tally.eventstore.EventStore;

/**
 * {@code /health/readiness}: DOWN, a 503, while the log does not take appends, saying why: the
 * disk holding the data folder is full (the store knows at once, docs/durability.md "A full
 * disk", and clears it by itself once space is freed), or the last append failed (the failure's
 * class, never its message, from {@link LogWrites}: known from the appends themselves, since
 * {@code /health} asks every check on every call). Neither names a path: this answer needs no
 * sign-in. {@code /health} names it too but stays UP (the aggregator in tally.query.control), as
 * for a failed read model: the process is alive, and restarting it would not free a full disk.
 */
@Singleton
@Readiness
final class LogReadiness implements HealthIndicator {
    static final String NAME = "eventLog";
    static final String DISK_FULL = "the disk holding the data folder is full: commands are"
            + " refused until space is freed there";
    private static final Publisher<HealthResult> UP = Publishers.just(
            HealthResult.builder(NAME, HealthStatus.UP).build());
    private final EventStore store;
    private final LogWrites logWrites;

    LogReadiness(EventStore store, CommandWriter writer) {
        this.store = store;
        this.logWrites = writer.logWrites();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        if (store.writeProblem().isPresent()) {
            return down(Map.of("problem", DISK_FULL));
        }
        String failure = logWrites.failure();
        return failure == null ? UP
                : down(Map.of("failure", "the last append was not taken: " + failure));
    }

    private static Publisher<HealthResult> down(Map<String, String> details) {
        return Publishers.just(HealthResult.builder(NAME, HealthStatus.DOWN).details(details)
                .build());
    }
}
