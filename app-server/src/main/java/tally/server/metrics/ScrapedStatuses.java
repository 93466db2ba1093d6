package tally.server.metrics;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Supplier;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.engine.status.ProjectionStatus;

/**
 * The followers' statuses as one scrape sees them: read once as the scrape begins, so that its
 * gauges (six per follower) show one moment, and so that a scrape after a control's answer shows
 * what the control did. A cache of 200 ms before showed a pause answered just before as RUNNING
 * still (MetricsHttpTest, in CI, a scrape 0.2 s after the last one). Scrapes take turns: a
 * Prometheus asks every 15 s, and one scrape's gauges must not read another's statuses.
 */
@Singleton
final class ScrapedStatuses {
    private final Supplier<List<ProjectionStatus>> read;
    private volatile List<ProjectionStatus> current;

    ScrapedStatuses(ReadModelSupervisor supervisor) {
        this.read = supervisor::statuses;
    }

    /** Reads the statuses afresh, then runs {@code scrape}, whose gauges see what was read. */
    synchronized <T> T during(Supplier<T> scrape) {
        current = read.get();
        return scrape.get();
    }

    /** The statuses of the scrape under way (read now if there was none yet). */
    List<ProjectionStatus> get() {
        List<ProjectionStatus> statuses = current;
        return statuses != null ? statuses : read.get();
    }
}
