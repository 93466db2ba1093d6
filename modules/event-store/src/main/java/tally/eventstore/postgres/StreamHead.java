package tally.eventstore.postgres;

/** A stream's version and the position of its last event; both 0 for a stream not yet begun. */
record StreamHead(long version, long lastPosition) {
    static final StreamHead EMPTY = new StreamHead(0, 0);
}
