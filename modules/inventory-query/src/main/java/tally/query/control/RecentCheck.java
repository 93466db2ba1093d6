package tally.query.control;

import java.util.function.Supplier;

/**
 * The answer of a costly check, kept for a short while: callers within {@code freshMillis} of
 * the last check get its answer; the first one after runs it again (others arriving meanwhile
 * still get the last answer, so a slow check never queues them).
 */
final class RecentCheck<T> {
    private final long freshNanos;
    private volatile Checked<T> last;
    private volatile boolean running;

    private record Checked<T>(T answer, long atNanos) {
    }

    RecentCheck(long freshMillis) {
        this.freshNanos = freshMillis * 1_000_000;
    }

    /** The last answer while it is fresh (or a check is under way), else null: check again. */
    T fresh() {
        Checked<T> seen = last;
        return seen != null && (System.nanoTime() - seen.atNanos() < freshNanos || running)
                ? seen.answer() : null;
    }

    T get(Supplier<T> check) {
        T fresh = fresh();
        if (fresh != null) {
            return fresh;
        }
        Checked<T> seen;
        synchronized (this) {
            seen = last;
            if (seen != null && System.nanoTime() - seen.atNanos() < freshNanos) {
                return seen.answer();
            }
            running = true;
            try {
                T answer = check.get();
                last = new Checked<>(answer, System.nanoTime());
                return answer;
            } finally {
                running = false;
            }
        }
    }
}
