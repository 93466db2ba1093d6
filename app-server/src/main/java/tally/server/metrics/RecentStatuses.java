package tally.server.metrics;

import java.util.List;
import java.util.function.Supplier;
import tally.query.engine.status.ProjectionStatus;

/**
 * The followers' statuses, read at most once in {@link #FRESH_MILLIS}: a scrape asks for them
 * once per gauge (six per follower), and a lagging follower's status reads the log.
 */
final class RecentStatuses {
    static final long FRESH_MILLIS = 200;
    private final Supplier<List<ProjectionStatus>> read;
    private List<ProjectionStatus> last = List.of();
    private long readAt = Long.MIN_VALUE;

    RecentStatuses(Supplier<List<ProjectionStatus>> read) {
        this.read = read;
    }

    synchronized List<ProjectionStatus> get() {
        long now = System.nanoTime();
        if (readAt == Long.MIN_VALUE || now - readAt > FRESH_MILLIS * 1_000_000) {
            last = read.get();
            readAt = now;
        }
        return last;
    }
}
