package tally.query.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.events.StoredEvent;
import tally.events.TallyEvent;

/** Builds stored events as the log would: gapless positions, versions per stream. */
public final class Log {
    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();
    private String user = "clerk";

    public static Log of(TallyEvent... events) {
        Log log = new Log();
        for (TallyEvent e : events) {
            log.add(e);
        }
        return log;
    }

    public Log add(TallyEvent e) {
        String stream = e.stream();
        long version = versions.merge(stream, 1L, Long::sum);
        events.add(new StoredEvent(events.size() + 1, stream, version,
                e.getClass().getSimpleName(), Instant.parse("2024-05-01T10:00:00Z")
                .plusSeconds(events.size()), "cmd-" + (events.size() + 1), user, e));
        return this;
    }

    /** Who issues the events added from now on; null as before the log recorded users. */
    public Log by(String user) {
        this.user = user;
        return this;
    }

    public List<StoredEvent> all() {
        return List.copyOf(events);
    }

    public List<StoredEvent> from(int position) {
        return List.copyOf(events.subList(position - 1, events.size()));
    }
}
