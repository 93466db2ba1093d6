package tally.query.locations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.CsvAnswer;
import tally.query.QueryException;
import tally.query.engine.waits.MinPositionWaits;

/** Locations and what lies there, served by the {@code locations} read model. */
@Controller("/api/locations")
final class LocationsController {
    private final LocationQueries queries;
    private final LocationsFromMemory memory;
    private final MinPositionWaits waits;

    LocationsController(LocationQueries queries, LocationsFromMemory memory,
                        MinPositionWaits waits) {
        this.queries = queries;
        this.memory = memory;
        this.waits = waits;
    }

    /** JSON, or CSV when the Accept header prefers text/csv (the same rows and position). */
    @Get(produces = {MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    CompletableFuture<HttpResponse<?>> locations(@Nullable @QueryValue Long minPosition,
                                                 @Nullable @QueryValue Integer waitMillis,
                                                 HttpRequest<?> request) {
        boolean csv = CsvAnswer.wanted(request);
        return waits.answer(LocationsProjection.NAME, minPosition, waitMillis,
                memory::locations, queries::locations).thenApply(list -> csv ? LocationCsv.of(list)
                        : HttpResponse.ok(list).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    /** JSON written once per location and position while the rows are in memory. */
    @Get("/{location}")
    CompletableFuture<HttpResponse<byte[]>> location(String location,
                                                     @Nullable @QueryValue Long minPosition,
                                                     @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(LocationsProjection.NAME, minPosition, waitMillis,
                least -> memory.locationJson(location, least).map(found -> found.orElseThrow(
                        () -> neverHeldStock(location))),
                () -> memory.json(queries.location(location)
                        .orElseThrow(() -> neverHeldStock(location))))
                .thenApply(json -> HttpResponse.ok(json)
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static QueryException neverHeldStock(String location) {
        return new QueryException.NotFound("location " + location + " has never held stock");
    }
}
