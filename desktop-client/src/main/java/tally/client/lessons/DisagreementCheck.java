package tally.client.lessons;

/**
 * Lesson 2's check: stock's answer for a product at a bin and locations' answer for that bin,
 * each with its position. They disagree while one has applied the second operator's receive
 * and the other not yet; they agree again once both are at or past its position. Each answer
 * is kept only if it is not older than the one before it.
 */
final class DisagreementCheck {
    static final long PATIENCE_MILLIS = 60_000;
    /** Shorter than this, the class could not have seen it: two messages in a row. */
    static final long VISIBLE_MILLIS = 1_000;

    /** One read model's answer: the quantity and the position it was read at; -1 when none. */
    record Answer(long quantity, long position) {
        static final Answer NONE = new Answer(-1, -1);

        boolean known() {
            return position >= 0;
        }
    }

    private final String sku;
    private final String bin;
    private final long commandPosition;
    private Answer stock = Answer.NONE;
    private Answer locations = Answer.NONE;
    private long disagreedSince = -1;
    private Verdict verdict;

    DisagreementCheck(String sku, String bin, long commandPosition) {
        this.sku = sku;
        this.bin = bin;
        this.commandPosition = commandPosition;
        verdict = Verdict.waiting("waiting for the receive at position "
                + Figures.count(commandPosition) + " to reach stock and locations");
    }

    void stock(long quantity, long position, long nowMillis) {
        if (position >= stock.position()) {
            stock = new Answer(quantity, position);
        }
        judge(nowMillis);
    }

    void locations(long quantity, long position, long nowMillis) {
        if (position >= locations.position()) {
            locations = new Answer(quantity, position);
        }
        judge(nowMillis);
    }

    Answer stock() {
        return stock;
    }

    Answer locations() {
        return locations;
    }

    private void judge(long now) {
        if (verdict.settled() || !stock.known() || !locations.known()) {
            return;
        }
        boolean agree = stock.quantity() == locations.quantity();
        boolean bothPast = stock.position() >= commandPosition
                && locations.position() >= commandPosition;
        long at = Math.max(stock.position(), locations.position());
        if (!agree) {
            if (disagreedSince < 0) {
                disagreedSince = now;
            }
            verdict = Verdict.waiting("they disagree now: stock says " + stock.quantity()
                    + ", locations says " + locations.quantity() + " of " + sku + " at " + bin);
        } else if (bothPast && disagreedSince >= 0 && now - disagreedSince >= VISIBLE_MILLIS) {
            verdict = Verdict.seen("stock and locations disagreed for "
                    + Figures.seconds(now - disagreedSince) + ", then agreed at position "
                    + Figures.count(at));
        } else if (bothPast) {
            verdict = Verdict.failed("stock and locations " + (disagreedSince < 0
                    ? "never disagreed" : "disagreed for only " + Figures.seconds(now
                    - disagreedSince) + ", too short to see") + ": both said "
                    + stock.quantity() + " of " + sku + " at " + bin + " by position "
                    + Figures.count(at) + ". Was one of them delayed?");
        }
        tick(now);
    }

    void tick(long now) {
        if (!verdict.settled() && disagreedSince >= 0
                && now - disagreedSince >= PATIENCE_MILLIS) {
            verdict = Verdict.failed("stock and locations still disagree after "
                    + Figures.seconds(now - disagreedSince) + ": is one of them paused?");
        }
    }

    Verdict verdict() {
        return verdict;
    }
}
