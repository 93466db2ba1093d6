package tally.query.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition in a test; the code under test itself never polls. */
public final class Eventually {
    private Eventually() {
    }

    public static void until(Duration within, BooleanSupplier condition) {
        until(within, condition, () -> "condition");
    }

    public static void until(Duration within, BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }
}
