package tally.query.control;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import tally.query.engine.runner.ReadModelSupervisor;

/**
 * {@code /health/readiness}: DOWN, a 503, while a read model or the allocation has FAILED, naming
 * them: what they serve is stale and stays so until someone acts ({@code /health} names them
 * too but stays UP: {@link ContractHealthAggregator}). A paused one is named too but does not make the server unready: pausing is a trainer's
 * deliberate choice, undone by resume, and a load balancer taking the server out for it would
 * turn a lesson into an outage. Only names and states are given, never {@code lastError}: this
 * answer needs no sign-in; {@code GET /api/projections} says why, to a signed-in user.
 */
@Singleton
@Readiness
final class ReadModelReadiness implements HealthIndicator {
    static final String NAME = "readModels";
    private final ReadModelSupervisor supervisor;

    ReadModelReadiness(ReadModelSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, String> all = supervisor.states();
        List<String> failed = named(all, "FAILED");
        var details = new LinkedHashMap<String, Object>();
        details.put("failed", failed);
        details.put("paused", named(all, "PAUSED"));
        return Publishers.just(HealthResult.builder(NAME, failed.isEmpty() ? HealthStatus.UP
                : HealthStatus.DOWN).details(details).build());
    }

    private static List<String> named(Map<String, String> all, String state) {
        var named = new ArrayList<String>();
        all.forEach((name, its) -> {
            if (its.equals(state)) {
                named.add(name);
            }
        });
        return named;
    }
}
