package tally.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import tally.eventstore.FollowerControls;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.engine.status.ProjectionStatus;

/**
 * Each follower of the log ({@code GET /api/projections}: the read models and the allocation):
 * its position, its lag in events and in time, and its state as one gauge per state (1 for the
 * state it is in), read from the statuses when scraped, once for all of a scrape's gauges
 * ({@link ScrapedStatuses}).
 * Held strongly: the registry holds a gauge's object weakly, and nothing else holds these.
 */
final class FollowerMeters implements MeterBinder {
    private final ReadModelSupervisor supervisor;
    private final ScrapedStatuses scraped;

    FollowerMeters(ReadModelSupervisor supervisor, ScrapedStatuses scraped) {
        this.supervisor = supervisor;
        this.scraped = scraped;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : supervisor.states().keySet()) {
            gauge(registry, "tally.projection.position", name, "The last log position applied",
                    s -> s.position());
            gauge(registry, "tally.projection.lag.events", name,
                    "Events in the log not yet applied", s -> s.lag());
            TimeGauge.builder("tally.projection.lag", scraped, TimeUnit.MILLISECONDS,
                            r -> valueOf(r.get(), name, s -> s.lagMillis()))
                    .description("How old the oldest event not yet applied is")
                    .tag("name", name).strongReference(true).register(registry);
            for (FollowerControls.State state : FollowerControls.State.values()) {
                String label = state.name();
                Gauge.builder("tally.projection.state", scraped, r -> valueOf(r.get(), name,
                                s -> s.state().equals(label) ? 1 : 0))
                        .description("1 for the state the follower is in, 0 for the others")
                        .tag("name", name).tag("state", label.toLowerCase(java.util.Locale.ROOT))
                        .strongReference(true).register(registry);
            }
        }
    }

    private void gauge(MeterRegistry registry, String meter, String name, String description,
                       ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(meter, scraped, r -> valueOf(r.get(), name, value))
                .description(description).tag("name", name).strongReference(true)
                .register(registry);
    }

    private static double valueOf(List<ProjectionStatus> statuses, String name,
                                  ToDoubleFunction<ProjectionStatus> value) {
        for (ProjectionStatus s : statuses) {
            if (s.name().equals(name)) {
                return value.applyAsDouble(s);
            }
        }
        return Double.NaN;
    }
}
