package tally.query.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.query.history.HistoryAnswers.HistoryItem;

/**
 * A product's stream turned into its history: every event folded into the running figures, the
 * items kept only for the events that pass the location filter, and of those only the newest
 * {@code limit}. The fold always covers the whole stream, so the figures stay the running ones
 * whatever is left out.
 */
final class HistoryFold {
    private HistoryFold() {
    }

    record Page(int earlier, List<HistoryItem> items) {
    }

    /**
     * @param location null for every event, else only those that touched this location
     * @param upTo     events after this log position are left out (read after the head was)
     */
    static Page of(List<StoredEvent> stream, String location, int limit, long upTo) {
        var figures = new RunningFigures();
        Deque<HistoryItem> newest = new ArrayDeque<>(Math.min(limit, stream.size()));
        int earlier = 0;
        for (StoredEvent stored : stream) {
            if (stored.position() > upTo || !(stored.event() instanceof InventoryEvent event)) {
                continue;
            }
            var touched = figures.apply(event);
            if (location != null && !touched.contains(location)) {
                continue;
            }
            if (newest.size() == limit) {
                newest.removeFirst();
                earlier++;
            }
            newest.addLast(new HistoryItem(stored.position(), stored.type(),
                    stored.occurredAt().toString(), stored.user(), HistorySummaries.of(event),
                    figures.now()));
        }
        return new Page(earlier, new ArrayList<>(newest));
    }
}
