package tally.query.control;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * A liveness check that is always UP while the server answers: its presence in a list of
 * results tells {@link ContractHealthAggregator} that it is summing up {@code /health} (every
 * check) rather than {@code /health/readiness} (readiness's checks only).
 */
@Singleton
@Liveness
final class TakesCommands implements HealthIndicator {
    static final String NAME = "process";

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder(NAME, HealthStatus.UP).build());
    }
}
