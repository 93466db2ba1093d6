package tally.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.Answers.LocationList;
import tally.query.Answers.LocationView;

/** Locations and what lies there, served by the {@code locations} read model. */
@Controller("/api/locations")
final class LocationsController {
    private final ReadModels readModels;
    private final Waits waits;

    LocationsController(ReadModels readModels, Waits waits) {
        this.readModels = readModels;
        this.waits = waits;
    }

    @Get
    CompletableFuture<LocationList> locations(@Nullable @QueryValue Long minPosition,
                                              @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(LocationsProjection.NAME, minPosition, waitMillis,
                readModels::locations);
    }

    @Get("/{location}")
    CompletableFuture<LocationView> location(String location,
                                             @Nullable @QueryValue Long minPosition,
                                             @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(LocationsProjection.NAME, minPosition, waitMillis,
                () -> readModels.location(location).orElseThrow(
                        () -> new QueryException.NotFound("location " + location
                                + " has never held stock")));
    }
}
