package tally.query.engine.waits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Queries waiting for a read model to reach a position ({@code minPosition}). A waiter is a
 * future, not a thread: the projection completes it after its commit, or a timer does when
 * {@code waitMillis} has passed.
 */
public final class PositionWaiters {
    private final NavigableMap<Long, List<CompletableFuture<Long>>> waiting = new TreeMap<>();
    private long position;

    public PositionWaiters(long position) {
        this.position = position;
    }

    /** Completes with the position reached, or with -1 once {@code timeoutMillis} has passed. */
    public CompletableFuture<Long> await(long min, long timeoutMillis) {
        var waiter = new CompletableFuture<Long>();
        synchronized (this) {
            if (position >= min) {
                return CompletableFuture.completedFuture(position);
            }
            waiting.computeIfAbsent(min, k -> new ArrayList<>()).add(waiter);
        }
        waiter.completeOnTimeout(-1L, timeoutMillis, TimeUnit.MILLISECONDS);
        // The caller's stage completes only after the waiter is forgotten, so nobody who has the
        // answer can still find the waiter counted (PositionWaitersTest raced on it).
        return waiter.whenComplete((p, e) -> forget(min, waiter));
    }

    /** The read model has committed up to {@code reached} (it may go down: a rebuild). */
    public void advance(long reached) {
        var released = new ArrayList<CompletableFuture<Long>>();
        synchronized (this) {
            position = reached;
            Map<Long, List<CompletableFuture<Long>>> due = waiting.headMap(reached, true);
            due.values().forEach(released::addAll);
            due.clear();
        }
        released.forEach(w -> w.complete(reached));
    }

    synchronized int waiting() {
        return waiting.values().stream().mapToInt(List::size).sum();
    }

    private synchronized void forget(long min, CompletableFuture<Long> waiter) {
        List<CompletableFuture<Long>> list = waiting.get(min);
        if (list != null && list.remove(waiter) && list.isEmpty()) {
            waiting.remove(min);
        }
    }
}
