package tally.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.query.Answers.ActivityList;
import tally.query.Answers.EventItem;
import tally.query.Answers.EventList;

/** The activity read model, and the raw log itself (read through the event store only). */
@Controller("/api")
final class LogController {
    private final ReadModels readModels;
    private final EventStore store;
    private final Waits waits;

    LogController(ReadModels readModels, EventStore store, Waits waits) {
        this.readModels = readModels;
        this.store = store;
        this.waits = waits;
    }

    @Get("/activity")
    CompletableFuture<ActivityList> activity(@Nullable @QueryValue Integer limit,
                                             @Nullable @QueryValue Long minPosition,
                                             @Nullable @QueryValue Integer waitMillis) {
        int n = Waits.inRange("limit", limit, 50, 1, 500);
        return waits.answer(ActivityProjection.NAME, minPosition, waitMillis,
                () -> readModels.activity(n));
    }

    @Get("/events")
    CompletableFuture<EventList> events(@Nullable @QueryValue Long after,
                                        @Nullable @QueryValue Integer limit,
                                        @Nullable @QueryValue Long minPosition,
                                        @Nullable @QueryValue Integer waitMillis) {
        long from = after == null ? 0 : after;
        if (from < 0) {
            throw new QueryException.Invalid("after", "must be 0 or more");
        }
        int n = Waits.inRange("limit", limit, 100, 1, 1000);
        return waits.answerFromLog(minPosition, waitMillis, () -> {
            var items = store.readAll(from, n).stream().map(LogController::itemOf).toList();
            // Read after the items: the head then covers every item answered.
            return new EventList(store.headPosition(), items);
        });
    }

    private static EventItem itemOf(StoredEvent e) {
        return new EventItem(e.position(), e.stream(), e.version(), e.type(),
                e.occurredAt().toString(), e.commandId(), dataOf(e.event()));
    }

    /** An event's fields by name, read off the record, so a new event type needs no code here. */
    static Map<String, Object> dataOf(InventoryEvent event) {
        var data = new LinkedHashMap<String, Object>();
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            try {
                data.put(c.getName(), c.getAccessor().invoke(event));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + event, e);
            }
        }
        return data;
    }
}
