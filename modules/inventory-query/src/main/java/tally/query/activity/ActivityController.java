package tally.query.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.QueryParameters;
import tally.query.activity.ActivityAnswers.ActivityList;
import tally.query.engine.MinPositionWaits;

/** The newest events in words, served by the {@code activity} read model. */
@Controller("/api/activity")
final class ActivityController {
    private final ActivityQueries queries;
    private final MinPositionWaits waits;

    ActivityController(ActivityQueries queries, MinPositionWaits waits) {
        this.queries = queries;
        this.waits = waits;
    }

    @Get
    CompletableFuture<ActivityList> activity(@Nullable @QueryValue Integer limit,
                                             @Nullable @QueryValue Long minPosition,
                                             @Nullable @QueryValue Integer waitMillis) {
        int n = QueryParameters.inRange("limit", limit, 50, 1, 500);
        return waits.answer(ActivityProjection.NAME, minPosition, waitMillis,
                () -> queries.activity(n));
    }
}
