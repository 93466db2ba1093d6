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

/**
 * {@code /health/readiness}: DOWN, a 503, while the log does not take appends, naming why (the
 * failure's class, never its message: this answer needs no sign-in). Known from the last append
 * ({@link LogWrites}), not by writing to the log: {@code /health} asks every check on every call.
 * {@code /health} names it too but stays UP (the aggregator in tally.query.control), as for a
 * failed read model: the process is alive, and restarting it would not free a full disk.
 */
@Singleton
@Readiness
final class LogReadiness implements HealthIndicator {
    static final String NAME = "eventLog";
    private static final Publisher<HealthResult> UP = Publishers.just(
            HealthResult.builder(NAME, HealthStatus.UP).build());
    private final LogWrites logWrites;

    LogReadiness(CommandWriter writer) {
        this.logWrites = writer.logWrites();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        String failure = logWrites.failure();
        return failure == null ? UP : Publishers.just(HealthResult.builder(NAME, HealthStatus.DOWN)
                .details(Map.of("failure", "the last append was not taken: " + failure)).build());
    }
}
