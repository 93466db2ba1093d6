package tally.query.engine.runner;

/**
 * The pace of a throttled rebuild: at most {@code perSecond} events a second, so a trainer can
 * watch the progress. It hands out batches against a clock rather than waiting per event, so a
 * big pace costs next to nothing, and it never waits itself: it answers how long the runner may
 * idle, and the runner idles on its wake signal, which a pause, a new rebuild or a stop rings.
 *
 * <p>Each applied event costs {@code 1/perSecond} of "paid" time; a batch may go once the paid
 * time after it is not in the future, so K events take at least K/perSecond. After a stall (a
 * pause, a delay, a failure) one batch goes at once and the next at the pace: nothing bursts.
 */
final class RebuildPace {
    /** Batches a second at most: the progress moves smoothly without a commit per event. */
    private static final int BATCHES_PER_SECOND = 20;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int batch;
    private final double nanosPerEvent;
    private final long origin;
    /** Nanoseconds after {@link #origin} up to which the events applied so far are paid for. */
    private double paidUntil;

    RebuildPace(long perSecond, int maxBatch, long nowNanos) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("perSecond " + perSecond);
        }
        this.batch = (int) Math.clamp(perSecond / BATCHES_PER_SECOND, 1, maxBatch);
        this.nanosPerEvent = (double) NANOS_PER_SECOND / perSecond;
        this.origin = nowNanos;
    }

    /** How many events to read and apply next. */
    int batch() {
        return batch;
    }

    /** How long until a whole batch may be applied: 0 when it may be now. */
    long millisUntilDue(long nowNanos) {
        double early = paidUntil + batch * nanosPerEvent - (nowNanos - origin);
        return early <= 0 ? 0 : Math.max(1, (long) Math.ceil(early / 1e6));
    }

    /** Pays for {@code events} just applied, keeping at most one batch's credit. */
    void applied(int events, long nowNanos) {
        paidUntil = Math.max(paidUntil, nowNanos - origin - batch * nanosPerEvent)
                + events * nanosPerEvent;
    }
}
