package tally.query.engine.runner;

/**
 * Wakes a runner: rung by the doorbell, a trainer's control or shutdown. A ring while the runner
 * is busy is kept, so the next wait returns at once and no notice is lost between two looks.
 */
final class WakeSignal {
    private boolean rung = true;

    synchronized void ring() {
        rung = true;
        notifyAll();
    }

    /** Waits for a ring, or {@code millis} at most; false when interrupted. */
    synchronized boolean await(long millis) {
        try {
            if (!rung) {
                wait(millis);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            rung = false;
        }
    }
}
