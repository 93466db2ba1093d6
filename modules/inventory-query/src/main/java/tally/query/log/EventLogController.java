package tally.query.log;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.EventStore;
import tally.query.QueryParameters;
import tally.query.engine.waits.MinPositionWaits;
import tally.query.log.EventLogAnswers.EventItem;
import tally.query.log.EventLogAnswers.EventList;

/** The raw log itself, read through the event store only: no read model stands between. */
@Controller("/api/events")
final class EventLogController {
    private final EventStore store;
    private final LogHeadWatch head;
    private final MinPositionWaits waits;

    EventLogController(EventStore store, LogHeadWatch head, MinPositionWaits waits) {
        this.store = store;
        this.head = head;
        this.waits = waits;
    }

    @Get
    CompletableFuture<EventList> events(@Nullable @QueryValue Long after,
                                        @Nullable @QueryValue Integer limit,
                                        @Nullable @QueryValue Long minPosition,
                                        @Nullable @QueryValue Integer waitMillis) {
        QueryParameters.notNegative("after", after);
        long from = after == null ? 0 : after;
        int n = QueryParameters.inRange("limit", limit, 100, 1, 1000);
        return waits.answer(head.waiters, minPosition, waitMillis, () -> {
            var items = store.readAll(from, n).stream().map(EventLogController::itemOf).toList();
            // Read after the items: the head then covers every item answered.
            return new EventList(store.headPosition(), items);
        });
    }

    static EventItem itemOf(StoredEvent e) {
        return new EventItem(e.position(), e.stream(), e.version(), e.type(),
                e.occurredAt().toString(), e.commandId(), e.user(), dataOf(e.event()));
    }

    /** An event's fields by name, read off the record, so a new event type needs no code here. */
    static Map<String, Object> dataOf(TallyEvent event) {
        return fieldsOf((Record) event); // each family holds records only
    }

    /**
     * A record's fields by name, records within it (an order's lines) as maps too: the events
     * carry no serialization annotations (the published language knows no framework).
     */
    private static Map<String, Object> fieldsOf(Record r) {
        var data = new LinkedHashMap<String, Object>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                data.put(c.getName(), plain(c.getAccessor().invoke(r)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r, e);
            }
        }
        return data;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case Record r -> fieldsOf(r);
            case List<?> list -> list.stream().map(EventLogController::plain).toList();
            case null, default -> value;
        };
    }
}
