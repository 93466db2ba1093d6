package tally.eventstore;

import java.time.Instant;
import java.util.List;

/**
 * What one committed batch wrote, as it goes into the tables and into the {@link Journal}: its
 * events, and the command ids it recorded without events (a count that matched the stock), all
 * at one time.
 */
record BatchRows(Instant at, List<EventRow> events, List<AppendResult> commands) {
    record EventRow(long position, String stream, long version, String commandId,
                    String fingerprint, String type, String data) {
    }

    BatchRows {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
    }

    boolean isEmpty() {
        return events.isEmpty() && commands.isEmpty();
    }
}
