package tally.server.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;
import io.micronaut.management.health.indicator.HealthResult;

/**
 * The health answers' status code (503 for a DOWN result, or the status mapping configured),
 * as Micronaut's {@link HealthResultFilter} sets it, on any path rather than on the three health
 * paths. Why: a filter with paths of its own is matched per request, and its being there made
 * the router build, path-match (three patterns, each split into arrays) and sort the filter
 * list for every request, commands included; with every filter matching all paths the router
 * hands out one list made once. Here a request that is not a health answer costs one
 * {@code instanceof}: only the health endpoint answers a {@link HealthResult}.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
final class HealthAnswerStatus {
    private final HealthEndpoint endpoint;

    HealthAnswerStatus(HealthEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @ResponseFilter
    void statusOf(MutableHttpResponse<?> response) {
        if (!(response.body() instanceof HealthResult result)) {
            return;
        }
        HealthStatus status = result.getStatus();
        HttpStatus mapped = endpoint.getStatusConfiguration().getHttpMapping()
                .get(status.getName());
        if (mapped != null) {
            response.status(mapped);
        } else if (!status.getOperational().orElse(true)) {
            response.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }
}
