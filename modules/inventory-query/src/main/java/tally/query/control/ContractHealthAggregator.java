package tally.query.control;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Micronaut's aggregator, but {@code GET /health} keeps the meaning docs/api.md gives it: UP (200)
 * once the server takes commands. Micronaut sums every check into it, readiness's too, so a failed
 * read model would make it 503 although commands are taken; here, in the sum of every check
 * (recognised by {@link TakesCommands}, a liveness check readiness does not ask), the read models'
 * check counts for its details only. {@code /health/readiness} still answers 503 for it.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
final class ContractHealthAggregator extends DefaultHealthAggregator {

    ContractHealthAggregator(ApplicationConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected HealthStatus calculateOverallStatus(List<HealthResult> results) {
        boolean everyCheck = results.stream().anyMatch(r -> TakesCommands.NAME.equals(r.getName()));
        if (!everyCheck) {
            return super.calculateOverallStatus(results);
        }
        return super.calculateOverallStatus(results.stream()
                .filter(r -> !ReadModelReadiness.NAME.equals(r.getName())).toList());
    }
}
