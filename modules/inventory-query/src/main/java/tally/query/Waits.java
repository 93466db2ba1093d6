package tally.query;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * {@code minPosition} and {@code waitMillis} of every query: the answer waits, as a future and
 * not as a parked thread, until the read model reaches the position or the time is up; then the
 * query runs on the blocking pool (never on the event loop) and its {@code position} says which.
 */
@Singleton
final class Waits {
    static final int DEFAULT_WAIT_MILLIS = 5000;
    static final int MAX_WAIT_MILLIS = 30_000;

    private final Projections projections;
    private final ExecutorService blocking;

    Waits(Projections projections, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.projections = projections;
        this.blocking = blocking;
    }

    <T> CompletableFuture<T> answer(String readModel, Long minPosition, Integer waitMillis,
                                    Supplier<T> query) {
        long wait = checked(minPosition, waitMillis);
        CompletableFuture<Long> ready = minPosition == null
                ? CompletableFuture.completedFuture(0L)
                : projections.whenReached(readModel, minPosition, wait);
        return ready.thenApplyAsync(p -> query.get(), blocking);
    }

    <T> CompletableFuture<T> answerFromLog(Long minPosition, Integer waitMillis,
                                           Supplier<T> query) {
        long wait = checked(minPosition, waitMillis);
        CompletableFuture<Long> ready = minPosition == null
                ? CompletableFuture.completedFuture(0L)
                : projections.whenLogReached(minPosition, wait);
        return ready.thenApplyAsync(p -> query.get(), blocking);
    }

    static int inRange(String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new QueryException.Invalid(field, "must be " + min + " to " + max);
        }
        return value;
    }

    private static long checked(Long minPosition, Integer waitMillis) {
        if (minPosition != null && minPosition < 0) {
            throw new QueryException.Invalid("minPosition", "must be 0 or more");
        }
        return inRange("waitMillis", waitMillis, DEFAULT_WAIT_MILLIS, 0, MAX_WAIT_MILLIS);
    }
}
