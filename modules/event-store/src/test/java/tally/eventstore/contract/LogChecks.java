package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/** Reads a whole log in pages and checks what must hold of any log: no gap, no repeat. */
public final class LogChecks {
    private LogChecks() {
    }

    public static List<StoredEvent> readWholeLog(EventStore store) {
        var all = new ArrayList<StoredEvent>();
        List<StoredEvent> page;
        do {
            page = store.readAll(all.size(), 1000);
            all.addAll(page);
        } while (!page.isEmpty());
        return all;
    }

    /** Positions are 1..n and each stream's versions 1..k, in position order. */
    public static List<StoredEvent> assertGaplessLog(EventStore store) {
        List<StoredEvent> all = readWholeLog(store);
        Map<String, Long> versions = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            StoredEvent e = all.get(i);
            assertThat(e.position()).as("position of event %d", i + 1).isEqualTo(i + 1L);
            long expected = versions.merge(e.stream(), 1L, Long::sum);
            assertThat(e.version()).as("version of %s at %d", e.stream(), e.position())
                    .isEqualTo(expected);
        }
        assertThat(store.headPosition()).isEqualTo(all.size());
        return all;
    }
}
