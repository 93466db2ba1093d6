package tally.query.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.CsvAnswer;
import tally.query.QueryParameters;
import tally.query.engine.waits.MinPositionWaits;

/** The newest events in words, served by the {@code activity} read model. */
@Controller("/api/activity")
final class ActivityController {
    private final ActivityQueries queries;
    private final MinPositionWaits waits;

    ActivityController(ActivityQueries queries, MinPositionWaits waits) {
        this.queries = queries;
        this.waits = waits;
    }

    /** JSON, or CSV when the Accept header prefers text/csv (the same rows and position). */
    @Get(produces = {MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    CompletableFuture<HttpResponse<?>> activity(@Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue Long minPosition,
                                                @Nullable @QueryValue Integer waitMillis,
                                                HttpRequest<?> request) {
        int n = QueryParameters.inRange("limit", limit, 50, 1, 500);
        boolean csv = CsvAnswer.wanted(request);
        return waits.answer(ActivityProjection.NAME, minPosition, waitMillis,
                () -> queries.activity(n)).thenApply(list -> csv ? ActivityCsv.of(list)
                        : HttpResponse.ok(list).contentType(MediaType.APPLICATION_JSON_TYPE));
    }
}
