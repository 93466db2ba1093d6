package tally.client.lessons;

/**
 * Lesson 6's check: an order placed while the allocation is paused stays PLACED, and is
 * allocated (whatever the allocation decides: ALLOCATED, PARTIAL, BACKORDERED) only once the
 * allocation runs again. Decided within a second of being placed, nothing waited (the order's
 * message and the allocation's status may come in either order, so time is the measure).
 */
final class OrderWaitCheck {
    static final long PATIENCE_MILLIS = 60_000;
    static final long VISIBLE_MILLIS = 1_000;

    private final String orderId;
    private final long placedAt;
    private boolean pausedSeen;
    private long resumedAt = -1;
    private Verdict verdict;

    OrderWaitCheck(String orderId, long placedAtMillis) {
        this.orderId = orderId;
        this.placedAt = placedAtMillis;
        verdict = placedFor(placedAtMillis);
    }

    private Verdict placedFor(long now) {
        return Verdict.waiting("order " + orderId + " has been PLACED for "
                + Figures.seconds(now - placedAt) + (resumedAt < 0
                ? ": press Resume on the allocation's card"
                : "; the allocation resumed, waiting for it to decide"));
    }

    /** The allocation's state, as its status says. */
    void allocation(String state, long now) {
        if (state.equals("PAUSED")) {
            pausedSeen = true;
        } else if (state.equals("RUNNING") && pausedSeen && resumedAt < 0) {
            resumedAt = now;
        }
        tick(now);
    }

    /** The order's status at a position, as its answer or message says. */
    void order(String id, String status, long position, long now) {
        if (verdict.settled() || !id.equals(orderId) || status.equals("PLACED")) {
            return;
        }
        if (now - placedAt < VISIBLE_MILLIS) {
            verdict = Verdict.failed("order " + orderId + " became " + status + " at position "
                    + Figures.count(position) + " without waiting: the allocation was not"
                    + " paused");
        } else {
            verdict = Verdict.seen("order " + orderId + " stayed PLACED for "
                    + Figures.seconds(now - placedAt) + ", then was allocated (" + status
                    + ") at position " + Figures.count(position) + " once the allocation resumed");
        }
    }

    void tick(long now) {
        if (verdict.settled()) {
            return;
        }
        verdict = placedFor(now);
        if (resumedAt >= 0 && now - resumedAt >= PATIENCE_MILLIS) {
            verdict = Verdict.failed("order " + orderId + " was still PLACED "
                    + Figures.seconds(now - resumedAt) + " after the allocation resumed");
        }
    }

    Verdict verdict() {
        return verdict;
    }
}
