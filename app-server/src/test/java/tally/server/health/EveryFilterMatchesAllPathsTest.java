package tally.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.FilterMatcher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.FilterRoute;
import io.micronaut.web.router.RouteBuilder;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.OwnServer;

/**
 * One filter with paths of its own makes the router match paths and sort the filters on every
 * request, commands included (HealthAnswerStatus says why): every server filter matches all.
 * That the health answers keep their status codes, 503 included, ReadinessHttpTest shows.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryFilterMatchesAllPathsTest implements TestPropertyProvider {
    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-filter-paths");
    }

    @Test
    void no_server_filter_is_matched_by_path_or_method() {
        List<FilterRoute> filters = context.getBeansOfType(RouteBuilder.class).stream()
                .flatMap(builder -> builder.getFilterRoutes().stream()).toList();

        assertThat(filters).hasSizeGreaterThanOrEqualTo(3); // origin guard, security, health
        assertThat(filters).allSatisfy(filter -> {
            assertThat(filter.getPatterns()).as(filter.toString())
                    .containsOnly(Filter.MATCH_ALL_PATTERN);
            assertThat(filter.hasMethods()).as(filter.toString()).isFalse();
            assertThat(filter.getAnnotationMetadata().hasStereotype(FilterMatcher.NAME))
                    .as(filter.toString()).isFalse();
        });
    }

    /** Asked for by its class the framework's filter is still made, but routes no request. */
    @Test
    void the_health_status_is_set_by_our_filter_on_every_path() {
        assertThat(context.getBeansOfType(HealthAnswerStatus.class)).hasSize(1);
        assertThat(context.getBeansOfType(RouteBuilder.class).stream()
                .flatMap(builder -> builder.getFilterRoutes().stream())
                .map(FilterRoute::getPatterns).flatMap(java.util.Arrays::stream))
                .doesNotContain("/health", "/health/liveness", "/health/readiness");
    }
}
