package tally.query.bins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.QueryException;
import tally.query.bins.BinAnswers.BinList;
import tally.query.bins.BinAnswers.BinView;
import tally.query.engine.waits.MinPositionWaits;

/** The register of bins, served by the {@code bins} read model. */
@Controller("/api/bins")
final class BinsController {
    private final BinQueries queries;
    private final MinPositionWaits waits;

    BinsController(BinQueries queries, MinPositionWaits waits) {
        this.queries = queries;
        this.waits = waits;
    }

    @Get
    CompletableFuture<BinList> bins(@Nullable @QueryValue Long minPosition,
                                    @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(BinsProjection.NAME, minPosition, waitMillis, queries::bins);
    }

    @Get("/{location}")
    CompletableFuture<BinView> bin(String location, @Nullable @QueryValue Long minPosition,
                                   @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(BinsProjection.NAME, minPosition, waitMillis,
                () -> queries.bin(location).orElseThrow(() -> new QueryException.NotFound(
                        "bin " + location + " has never been defined")));
    }
}
