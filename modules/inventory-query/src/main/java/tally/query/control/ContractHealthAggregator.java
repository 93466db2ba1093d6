package tally.query.control;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reactivestreams.Publisher;

/**
 * Micronaut's aggregator, but {@code GET /health} keeps the meaning docs/api.md gives it: UP (200)
 * once the server takes commands. Micronaut sums every check into it, readiness's too, so a failed
 * read model would make it 503 although commands are taken; here, in the sum of every check
 * (recognised by {@link TakesCommands}, a liveness check readiness does not ask), the read models'
 * check and the log's count for its details only. {@code /health/readiness} still answers 503 for it.
 *
 * <p>It also sums the checks without Reactor when they answer at once (every check asked on
 * each call, the same sum): the framework merges them into a Flux, collects and maps it, which
 * cost {@code /health} more than the checks themselves. A check that answers later (the
 * database's, once a second) is waited for, without blocking, as before.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
final class ContractHealthAggregator extends DefaultHealthAggregator {
    /**
     * The checks that count for readiness only: the read models', and the server's check that
     * the log takes appends ({@code tally.server.metrics.LogReadiness}, named here since this
     * module cannot see it): a process in either state is alive, and a restart would not help.
     */
    static final Set<String> READINESS_ONLY = Set.of(ReadModelReadiness.NAME, "eventLog");

    ContractHealthAggregator(ApplicationConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Publisher<HealthResult> aggregate(HealthIndicator[] indicators,
                                             HealthLevelOfDetail detail) {
        var answers = new ArrayList<CompletableFuture<HealthResult>>(indicators.length);
        boolean allAtOnce = true;
        for (HealthIndicator indicator : indicators) {
            CompletableFuture<HealthResult> answer = AnsweredAtOnce.of(indicator.getResult());
            answers.add(answer);
            allAtOnce &= answer.isDone();
        }
        if (allAtOnce) {
            try {
                return Publishers.just(sum(answers, detail));
            } catch (CompletionException e) { // a check failed: the sum fails, as the merge did
                return Publishers.just(e.getCause());
            }
        }
        return Publishers.fromCompletableFuture(CompletableFuture
                .allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(all -> sum(answers, detail)));
    }

    /** The framework's way to the same sum, to compare with (ContractHealthAggregatorTest). */
    Publisher<HealthResult> aggregateThroughReactor(HealthIndicator[] indicators,
                                                    HealthLevelOfDetail detail) {
        return super.aggregate(indicators, detail);
    }

    private HealthResult sum(List<CompletableFuture<HealthResult>> answers,
                             HealthLevelOfDetail detail) {
        var results = new ArrayList<HealthResult>(answers.size());
        for (CompletableFuture<HealthResult> answer : answers) {
            HealthResult result = answer.join();
            if (result != null) {
                results.add(result);
            }
        }
        return buildResult(calculateOverallStatus(results), aggregateDetails(results), detail);
    }

    @Override
    protected HealthStatus calculateOverallStatus(List<HealthResult> results) {
        boolean everyCheck = results.stream().anyMatch(r -> TakesCommands.NAME.equals(r.getName()));
        if (!everyCheck) {
            return super.calculateOverallStatus(results);
        }
        return super.calculateOverallStatus(results.stream()
                .filter(r -> !READINESS_ONLY.contains(r.getName())).toList());
    }
}
