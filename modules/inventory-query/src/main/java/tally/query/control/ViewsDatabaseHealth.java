package tally.query.control;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/**
 * The database check of {@code /health}, in place of the framework's: the same test (a
 * connection that answers), but without its details, which name the database's URL and so the
 * data folder, to anyone, since the health answers need no sign-in. Its answer is kept for a
 * second ({@link RecentCheck}): asked on every call, it took a connection and a hop to the
 * blocking pool each time and held {@code /health} to about a thousand answers a second.
 */
@Singleton
@Replaces(JdbcIndicator.class)
@Requires(beans = DataSource.class)
final class ViewsDatabaseHealth implements HealthIndicator {
    private static final int TIMEOUT_SECONDS = 3;
    private final DataSource[] dataSources;
    private final ExecutorService blocking;
    private final RecentCheck<HealthResult> recent = new RecentCheck<>(FRESH_MILLIS);
    static final long FRESH_MILLIS = 1000;

    ViewsDatabaseHealth(DataSource[] dataSources, @Nullable DataSourceResolver resolver,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        // The beans are transaction-aware proxies that lend only a transaction's connection:
        // the check, outside any, asks the pools behind them (as the framework's check does).
        var plain = resolver == null ? DataSourceResolver.DEFAULT : resolver;
        this.dataSources = java.util.Arrays.stream(dataSources).map(plain::resolve)
                .toArray(DataSource[]::new);
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult fresh = recent.fresh();
        if (fresh != null) {
            return Publishers.just(fresh);
        }
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> recent.get(this::check), blocking));
    }

    private HealthResult check() {
        for (DataSource d : dataSources) {
            try (Connection c = d.getConnection()) {
                if (!c.isValid(TIMEOUT_SECONDS)) {
                    return HealthResult.builder("jdbc", HealthStatus.DOWN).build();
                }
            } catch (SQLException e) {
                return HealthResult.builder("jdbc", HealthStatus.DOWN).build();
            }
        }
        return HealthResult.builder("jdbc", HealthStatus.UP).build();
    }
}
