package tally.eventstore.postgres;

import java.time.Instant;
import tally.eventstore.Doorbell;
import tally.eventstore.EventsCommitted;

/**
 * Rings this node's doorbell once for each growth of the log it learns of, from whichever
 * thread learns it first: this node's writer after its own commit, or the {@link NodeListener}
 * after another node's notice or its timer. Every position up to a head learned here is
 * committed (positions are drawn in commit order), so "from the last rung + 1 to the head" is
 * true whoever rang.
 */
final class HeadBell {
    private final Doorbell doorbell;
    private long rungTo;

    HeadBell(Doorbell doorbell, long head) {
        this.doorbell = doorbell;
        this.rungTo = head;
    }

    synchronized void advanceTo(long head) {
        if (head > rungTo) {
            long from = rungTo + 1;
            rungTo = head;
            doorbell.ring(new EventsCommitted(from, head, Instant.now()));
        }
    }

    synchronized long head() {
        return rungTo;
    }
}
