package tally.query.live;

/**
 * The id of one {@code /api/stream} message: the highest log position published when it went
 * out, and how many messages before it carried the same position. Written {@code P} for the first
 * message at position P and {@code P-n} for the n-th after it, so that every message has an id of
 * its own: several read models describe one position (a move changes two locations, the stock and
 * the activity), and with the position alone a client resuming from the last id it saw could not
 * say which of them it had, and was sent them all again.
 *
 * <p>{@code Last-Event-ID: P} (a number, also a position a client queried at) means "after the
 * first message at P": a client that queried its read models at position P gets the rest of P's
 * messages again (whole rows, so a repeat is harmless) and misses nothing.
 */
record StreamId(long position, int seq) implements Comparable<StreamId> {
    static final StreamId START = new StreamId(0, 0);

    /** The id of the message after this one, published when the log's high water is {@code p}. */
    StreamId next(long p) {
        return p > position ? new StreamId(p, 0) : new StreamId(position, seq + 1);
    }

    /** {@code P} or {@code P-n}; null when it is neither. */
    static StreamId parse(String text) {
        String t = text.trim();
        int dash = t.indexOf('-', 1);
        try {
            if (dash < 0) {
                return new StreamId(Long.parseLong(t), 0);
            }
            return new StreamId(Long.parseLong(t.substring(0, dash)),
                    Integer.parseInt(t.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public int compareTo(StreamId o) {
        int c = Long.compare(position, o.position);
        return c != 0 ? c : Integer.compare(seq, o.seq);
    }

    @Override
    public String toString() {
        return seq == 0 ? Long.toString(position) : position + "-" + seq;
    }
}
