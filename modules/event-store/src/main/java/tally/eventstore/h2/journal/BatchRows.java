package tally.eventstore.h2.journal;

import java.time.Instant;
import java.util.List;
import tally.eventstore.AppendResult;

/**
 * What one committed batch wrote, as it goes into the tables and into the {@link Journal}: its
 * events, and the command ids it recorded without events (a count that matched the stock), all
 * at one time. Here, beside the journal that stores it, so that the journal needs nothing of
 * the engine that writes it (the engine depends on the journal, never the other way round).
 */
public record BatchRows(Instant at, List<EventRow> events, List<AppendResult> commands) {
    /** One event's row; {@code user} is null in rows written before the log recorded users. */
    public record EventRow(long position, String stream, long version, String commandId,
                           String user, String fingerprint, String type, String data) {
    }

    public BatchRows {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
    }

    public boolean isEmpty() {
        return events.isEmpty() && commands.isEmpty();
    }
}
