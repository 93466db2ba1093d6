package tally.query.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The health checks summed without Reactor give what the framework's Flux gave, for {@code
 * /health} (every check) and for readiness alone, with a check that answers later, one that
 * fails, and one that answers nothing.
 */
class ContractHealthAggregatorTest {
    private final ContractHealthAggregator aggregator = new ContractHealthAggregator(named());

    private static ApplicationConfiguration named() {
        var configuration = new ApplicationConfiguration();
        configuration.setName("tally");
        return configuration;
    }

    private static HealthIndicator check(String name, HealthStatus status, Object details) {
        return () -> Publishers.just(HealthResult.builder(name, status).details(details).build());
    }

    private final HealthIndicator process = check(TakesCommands.NAME, HealthStatus.UP, null);
    private final HealthIndicator failedReadModel = check(ReadModelReadiness.NAME,
            HealthStatus.DOWN, Map.of("failed", List.of("stock"), "paused", List.of()));
    private final HealthIndicator jdbc = check("jdbc", HealthStatus.UP, null);
    private final HealthIndicator shutdown = () -> Mono.just(HealthResult.builder(
            "gracefulShutdown").status(HealthStatus.UP).details(Map.of("activeTasks", 3L)).build());

    @Test
    void every_check_answering_at_once_sums_as_the_framework_does() {
        for (HealthLevelOfDetail detail : HealthLevelOfDetail.values()) {
            var every = new HealthIndicator[] {process, failedReadModel, jdbc, shutdown};
            HealthResult sum = Mono.from(aggregator.aggregate(every, detail)).block();
            assertThat(shape(sum)).isEqualTo(shape(framework(every, detail)));
            assertThat(sum.getStatus()).as("/health stays UP").isEqualTo(HealthStatus.UP);

            var readiness = new HealthIndicator[] {failedReadModel, jdbc, shutdown};
            HealthResult ready = Mono.from(aggregator.aggregate(readiness, detail)).block();
            assertThat(shape(ready)).isEqualTo(shape(framework(readiness, detail)));
            assertThat(ready.getStatus()).as("readiness DOWN").isEqualTo(HealthStatus.DOWN);
        }
    }

    @Test
    void a_check_that_answers_later_is_waited_for() {
        var later = new CompletableFuture<HealthResult>();
        HealthIndicator slow = () -> Publishers.fromCompletableFuture(later);
        var checks = new HealthIndicator[] {process, slow, jdbc};
        var sum = Mono.from(aggregator.aggregate(checks,
                HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS)).toFuture();
        assertThat(sum).isNotDone();

        later.complete(HealthResult.builder("database", HealthStatus.DOWN).build());

        assertThat(shape(sum.join())).isEqualTo(shape(framework(checks,
                HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS)));
        assertThat(sum.join().getStatus()).isEqualTo(HealthStatus.DOWN);
    }

    @Test
    void a_check_that_fails_fails_the_sum_and_one_that_answers_nothing_is_left_out() {
        HealthIndicator broken = () -> Publishers.just(new IllegalStateException("broken"));
        assertThatThrownBy(() -> Mono.from(aggregator.aggregate(
                new HealthIndicator[] {process, broken}, HealthLevelOfDetail.STATUS)).block())
                .hasMessageContaining("broken");

        HealthIndicator silent = Publishers::empty;
        var checks = new HealthIndicator[] {process, silent, jdbc};
        assertThat(shape(Mono.from(aggregator.aggregate(checks,
                HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS)).block()))
                .isEqualTo(shape(framework(checks,
                        HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS)));
    }

    private HealthResult framework(HealthIndicator[] checks, HealthLevelOfDetail detail) {
        return Mono.from(aggregator.aggregateThroughReactor(checks, detail)).block();
    }

    /** A result as plain values, nested results included, to compare (it has no equals). */
    private static Object shape(Object value) {
        if (value instanceof HealthResult r) {
            var shape = new LinkedHashMap<String, Object>();
            shape.put("name", r.getName());
            shape.put("status", r.getStatus());
            shape.put("details", shape(r.getDetails()));
            return shape;
        }
        if (value instanceof Map<?, ?> m) {
            var shape = new LinkedHashMap<Object, Object>();
            m.forEach((k, v) -> shape.put(k, shape(v)));
            return shape;
        }
        return value;
    }
}
