package tally.query.log;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import org.reactivestreams.Publisher;
import tally.eventstore.EventStore;
import tally.query.QueryException;
import tally.query.QueryParameters;

/**
 * {@code GET /api/events/stream}: the raw log for other systems (an e-shop, an ERP), caught up
 * and then live, as Server-Sent Events ({@link EventStream}).
 */
@Controller("/api/events/stream")
final class EventStreamController {
    private final EventStream events;
    private final EventStore store;

    EventStreamController(EventStream events, EventStore store) {
        this.events = events;
        this.store = store;
    }

    /** From {@code Last-Event-ID} when the client resumes, else from {@code after}, else 0. */
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<byte[]> follow(@Nullable @QueryValue Long after,
                             @Nullable @Header("Last-Event-ID") String lastEventId) {
        QueryParameters.notNegative("after", after);
        long from = lastEventId == null ? (after == null ? 0 : after) : resumed(lastEventId);
        long head = store.headPosition();
        if (from > head) {
            // Not a log this consumer followed (a restored or another site): its positions would
            // name other events, so nothing is sent rather than something wrong.
            throw new QueryException.Unprocessable("ahead-of-log", lastEventId == null ? "after"
                    : "Last-Event-ID", "position " + from + " is beyond this log's head (" + head
                    + "): this is not the log the consumer followed");
        }
        return events.follow(from);
    }

    private static long resumed(String lastEventId) {
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new QueryException.Invalid("Last-Event-ID", "must be a position (0 or more), not '"
                + lastEventId + "'");
    }
}
