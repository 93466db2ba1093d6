package tally.query.engine.waits;

import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>When the server stops, every wait ends at once and its query answers from where its read
 * model stands, as when the wait runs out: a query waiting up to 30 s held every stop to the
 * HTTP server's grace period (5 s) and its "Timeout hit in graceful shutdown" warning.
 */
@Singleton
public final class MinPositionWaits implements GracefulShutdownCapable {
    static final int DEFAULT_WAIT_MILLIS = 5000;
    static final int MAX_WAIT_MILLIS = 30_000;

    private final ReadModelWaiters readModels;
    private final ExecutorService blocking;
    private final Set<CompletableFuture<Long>> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    MinPositionWaits(ReadModelWaiters readModels,
                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.readModels = readModels;
        this.blocking = blocking;
    }

    /** Answers {@code query} once read model {@code readModel} is far enough. */
    public <T> CompletableFuture<T> answer(String readModel, Long minPosition, Integer waitMillis,
                                           Supplier<T> query) {
        return answer(readModels.waitersOf(readModel), minPosition, waitMillis, query);
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
        CompletableFuture<Long> ready = minPosition == null || stopping
                ? CompletableFuture.completedFuture(0L)
                : endedAtStop(waiters.await(minPosition, wait));
        return ready.thenApplyAsync(p -> query.get(), blocking);
    }

    /** On SIGTERM, before the HTTP server waits for its open requests: no wait holds it up. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        waiting.forEach(w -> w.complete(-1L));
        return CompletableFuture.completedFuture(null);
    }

    /** Waits still running, for tests. */
    int waiting() {
        return waiting.size();
    }

    private CompletableFuture<Long> endedAtStop(CompletableFuture<Long> wait) {
        waiting.add(wait);
        wait.whenComplete((p, e) -> waiting.remove(wait));
        if (stopping) { // the stop began while this wait was being set up
            wait.complete(-1L);
        }
        return wait;
    }
}
