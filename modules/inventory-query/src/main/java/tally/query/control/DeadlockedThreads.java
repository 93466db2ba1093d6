package tally.query.control;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * The liveness check {@code deadlockedThreads}, in place of the framework's (switched off by
 * {@code endpoints.health.deadlocked-threads.enabled: false}, which brings this one in): the
 * same test, but at most once per {@link #FRESH_MILLIS}. Finding deadlocks stops every thread
 * of the JVM for a moment; done for every call it held {@code /health} to a thousand answers a
 * second and slowed every other request with it. A deadlock does not go away, so one seen a
 * second late is seen all the same.
 */
@Singleton
@Liveness
@Requires(property = "endpoints.health.deadlocked-threads.enabled", value = "false")
final class DeadlockedThreads implements HealthIndicator {
    static final String NAME = "deadlockedThreads";
    static final long FRESH_MILLIS = 1000;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final RecentCheck<HealthResult> recent = new RecentCheck<>(FRESH_MILLIS);

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(recent.get(this::check));
    }

    private HealthResult check() {
        long[] stuck = threads.isSynchronizerUsageSupported() ? threads.findDeadlockedThreads()
                : threads.findMonitorDeadlockedThreads();
        if (stuck == null) {
            return HealthResult.builder(NAME, HealthStatus.UP).build();
        }
        List<String> names = Arrays.stream(threads.getThreadInfo(stuck))
                .map(ThreadInfo::getThreadName).toList();
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(names).build();
    }
}
