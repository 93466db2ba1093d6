package tally.query.engine;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import tally.query.QueryParameters;

/**
 * {@code minPosition} and {@code waitMillis} of every query: the answer waits, as a future and
 * not as a parked thread, until the read model reaches the position or the time is up; then the
 * query runs on the blocking pool (never on the event loop) and its {@code position} says which.
 * A read model that holds its rows in memory answers at once, on the calling thread, whenever
 * they are far enough already: no wait, no hop, no transaction.
 */
@Singleton
public final class MinPositionWaits {
    static final int DEFAULT_WAIT_MILLIS = 5000;
    static final int MAX_WAIT_MILLIS = 30_000;

    private final ReadModelSupervisor supervisor;
    private final ExecutorService blocking;

    MinPositionWaits(ReadModelSupervisor supervisor,
                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.supervisor = supervisor;
        this.blocking = blocking;
    }

    /** Answers {@code query} once read model {@code readModel} is far enough. */
    public <T> CompletableFuture<T> answer(String readModel, Long minPosition, Integer waitMillis,
                                           Supplier<T> query) {
        return answer(supervisor.waitersOf(readModel), minPosition, waitMillis, query);
    }

    /**
     * Answers from memory when {@code fromMemory} can (given the least position the answer may
     * be at, it answers empty while the rows are not that far or not held), else as above, the
     * database's {@code query} once the read model is far enough. An exception of
     * {@code fromMemory} (say, not found) fails the answer as one of {@code query} would.
     */
    public <T> CompletableFuture<T> answer(String readModel, Long minPosition, Integer waitMillis,
                                           LongFunction<Optional<T>> fromMemory,
                                           Supplier<T> query) {
        QueryParameters.notNegative("minPosition", minPosition);
        QueryParameters.inRange("waitMillis", waitMillis, DEFAULT_WAIT_MILLIS, 0, MAX_WAIT_MILLIS);
        long least = minPosition == null ? 0 : minPosition;
        Optional<T> now;
        try {
            now = fromMemory.apply(least);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (now.isPresent()) {
            return CompletableFuture.completedFuture(now.get());
        }
        return answer(readModel, minPosition, waitMillis,
                () -> fromMemory.apply(least).orElseGet(query));
    }

    /** Answers {@code query} once {@code waiters} (say, the log's own) are far enough. */
    public <T> CompletableFuture<T> answer(PositionWaiters waiters, Long minPosition,
                                           Integer waitMillis, Supplier<T> query) {
        QueryParameters.notNegative("minPosition", minPosition);
        long wait = QueryParameters.inRange("waitMillis", waitMillis, DEFAULT_WAIT_MILLIS, 0,
                MAX_WAIT_MILLIS);
        CompletableFuture<Long> ready = minPosition == null
                ? CompletableFuture.completedFuture(0L)
                : waiters.await(minPosition, wait);
        return ready.thenApplyAsync(p -> query.get(), blocking);
    }
}
