package tally.query.control;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import tally.eventstore.EventStore;

/**
 * {@code /health/readiness}: DOWN, a 503, while the log takes no commands because the disk
 * holding the data folder is full (docs/durability.md, "A full disk"); UP again by itself once
 * space is freed. It says what is wrong but not where: this answer needs no sign-in, and the
 * folder's path is for the operator (the server's log) and for signed-in users (the 503 of a
 * refused command).
 */
@Singleton
@Readiness
final class LogWritable implements HealthIndicator {
    static final String NAME = "eventLog";
    static final String DISK_FULL = "the disk holding the data folder is full: commands are"
            + " refused until space is freed there";
    private final EventStore store;

    LogWritable(EventStore store) {
        this.store = store;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean writable = store.writeProblem().isEmpty();
        var result = HealthResult.builder(NAME, writable ? HealthStatus.UP : HealthStatus.DOWN);
        if (!writable) {
            result.details(Map.of("problem", DISK_FULL));
        }
        return Publishers.just(result.build());
    }
}
