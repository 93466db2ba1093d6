package tally.eventstore;

/**
 * A role that one node at a time plays for a log other nodes share (the allocation: one node
 * sends its commands, the others stand by). Held until this node closes it or loses its
 * connection to the log, then free for another node's next {@link #hold}. On a log one process
 * holds (H2) this node is the only one, and always holds it.
 */
public interface NodeLease extends AutoCloseable {

    /** The lease of a log no other node shares: always held. */
    NodeLease ALWAYS_HELD = new NodeLease() {
        @Override
        public boolean hold() {
            return true;
        }

        @Override
        public void close() {
            // nothing was taken
        }
    };

    /**
     * Whether this node holds the role now: takes it when it is free, and checks that it still
     * holds it when it did. Never throws: a log out of reach answers false (the role is lost
     * with the connection, so another node may take it meanwhile).
     */
    boolean hold();

    /** Gives the role up at once, for another node's next {@link #hold}. */
    @Override
    void close();
}
