package tally.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStore;

/**
 * What the log recorded under one of the allocation's command ids, read where the log answered
 * it: a standby node takes the allocating node's answers from here instead of sending the same
 * commands again. A command's events lie together, ending at the position its answer names (an
 * append of nothing names the stream's last event, which another command made: none of it is
 * taken).
 */
final class LogAnswers {
    private static final int FIRST_PAGE = 2;
    private static final int MAX_PAGE = 64;
    private final EventStore store;

    LogAnswers(EventStore store) {
        this.store = store;
    }

    /** The events recorded under the id, or empty while the log has no answer for it. */
    Optional<List<TallyEvent>> of(String commandId) {
        Optional<AppendResult> answer = store.findCommand(commandId);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        var events = new ArrayList<TallyEvent>();
        long upTo = answer.get().position();
        int page = FIRST_PAGE; // most commands record one or two events: read no more
        while (upTo > 0) {
            long after = Math.max(0, upTo - page);
            List<StoredEvent> read = store.readAll(after, (int) (upTo - after));
            var ours = read.stream().filter(e -> commandId.equals(e.commandId()))
                    .map(StoredEvent::event).toList();
            events.addAll(0, ours);
            if (ours.size() < read.size() || after == 0) {
                break; // the page reaches past the command's first event
            }
            upTo = after;
            page = Math.min(page * 2, MAX_PAGE);
        }
        return Optional.of(events);
    }
}
