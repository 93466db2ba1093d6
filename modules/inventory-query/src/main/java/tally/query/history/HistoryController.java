package tally.query.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.query.QueryException;
import tally.query.QueryParameters;
import tally.query.engine.waits.MinPositionWaits;
import tally.query.history.HistoryAnswers.ProductHistory;
import tally.query.log.LogHeadWatch;

/**
 * "Why is this number so": a product's stream read through the event store, with the figures
 * after each event. No read model stands between, so it answers even while one is paused.
 */
@Controller("/api/stock")
final class HistoryController {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;

    private final EventStore store;
    private final LogHeadWatch head;
    private final MinPositionWaits waits;

    HistoryController(EventStore store, LogHeadWatch head, MinPositionWaits waits) {
        this.store = store;
        this.head = head;
        this.waits = waits;
    }

    @Get("/{sku}/history")
    CompletableFuture<ProductHistory> history(String sku, @Nullable @QueryValue String location,
                                              @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue Long minPosition,
                                              @Nullable @QueryValue Integer waitMillis) {
        if (location != null && location.isBlank()) {
            throw new QueryException.Invalid("location", "must not be blank");
        }
        int n = QueryParameters.inRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return waits.answer(head.waiters(), minPosition, waitMillis, () -> {
            // The head first: events appended while the stream is read are left out, so the
            // answer is the log exactly as it stood at that position.
            long position = store.headPosition();
            var stream = store.readStream(StoredEvent.streamOf(sku));
            if (stream.isEmpty()) {
                throw new QueryException.NotFound("no product " + sku);
            }
            var page = HistoryFold.of(stream, location, n, position);
            return new ProductHistory(position, sku, page.earlier(), page.items());
        });
    }
}
