package tally.eventstore;

/**
 * Wakes a follower of the log before its tick: rung by the doorbell, an answer, a trainer or
 * shutdown. A ring while the follower is busy is kept, so its next wait returns at once and no
 * notice is lost between two looks. Here, beside {@link LogFollower}, for every module's
 * followers.
 */
public final class WakeSignal {
    private boolean rung = true;

    public synchronized void ring() {
        rung = true;
        notifyAll();
    }

    /** Waits for a ring, or {@code millis} at most; false when interrupted. */
    public synchronized boolean await(long millis) {
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
