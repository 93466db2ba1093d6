package tally.server.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format (docs/api.md, "Metrics"), to
 * whom {@link MetricsAccess} lets in; anyone else gets a problem. On the blocking pool: a scrape
 * reads the followers' statuses, and a lagging one's reads the log.
 */
@Controller("/metrics")
@ExecuteOn(TaskExecutors.BLOCKING)
final class MetricsController {
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String PROBLEM_JSON = "application/problem+json";
    private final PrometheusMeterRegistry registry;
    private final MetricsAccess access;
    private final ScrapedStatuses statuses;

    @Serdeable
    record Problem(String type, String title, int status, String detail) {
    }

    MetricsController(PrometheusMeterRegistry registry, MetricsAccess access,
                      ScrapedStatuses statuses) {
        this.registry = registry;
        this.access = access;
        this.statuses = statuses;
    }

    @Get(produces = {TEXT_FORMAT, PROBLEM_JSON})
    HttpResponse<?> scrape(HttpRequest<?> request) {
        MetricsAccess.Refusal refusal = access.judge(request);
        if (refusal != null) {
            return HttpResponse.status(HttpStatus.valueOf(refusal.status()))
                    .contentType(PROBLEM_JSON).body(new Problem("https://tally.dev/problems/"
                            + refusal.slug(), refusal.title(), refusal.status(), refusal.detail()));
        }
        String text = statuses.during(() -> registry.scrape(TEXT_FORMAT));
        return HttpResponse.ok(text).contentType(TEXT_FORMAT);
    }
}
