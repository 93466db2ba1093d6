package tally.query;

import java.util.ArrayList;
import java.util.List;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The newest events of the log, kept in memory for the three runners: they read the same few
 * events at nearly the same moment, so one reads them from the store and the others from here.
 * Only a contiguous tail is kept; a rebuild reading old events goes to the store.
 */
final class RecentEvents {
    private final EventStore store;
    private final StoredEvent[] ring;
    private long lowest = 1;
    private long highest;

    RecentEvents(EventStore store, int capacity) {
        this.store = store;
        this.ring = new StoredEvent[capacity];
    }

    long headPosition() {
        return store.headPosition();
    }

    /** As {@link EventStore#readAll}, though possibly fewer events when only some are kept. */
    List<StoredEvent> readAll(long after, int limit) {
        synchronized (this) {
            if (after >= lowest - 1 && after < highest) {
                long to = Math.min(highest, after + limit);
                var kept = new ArrayList<StoredEvent>((int) (to - after));
                for (long p = after + 1; p <= to; p++) {
                    kept.add(ring[(int) (p % ring.length)]);
                }
                return kept;
            }
        }
        List<StoredEvent> read = store.readAll(after, limit);
        keep(read);
        return read;
    }

    private synchronized void keep(List<StoredEvent> read) {
        if (read.isEmpty() || read.get(read.size() - 1).position() <= highest) {
            return;
        }
        if (read.get(0).position() > highest + 1) {
            lowest = read.get(0).position(); // a gap from what is kept: start afresh
        }
        for (StoredEvent e : read) {
            if (e.position() > highest) {
                ring[(int) (e.position() % ring.length)] = e;
                highest = e.position();
            }
        }
        lowest = Math.max(lowest, highest - ring.length + 1);
    }
}
