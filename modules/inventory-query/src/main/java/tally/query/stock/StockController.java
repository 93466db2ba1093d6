package tally.query.stock;

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
import tally.query.QueryParameters;
import tally.query.engine.waits.MinPositionWaits;
import tally.query.stock.StockAnswers.ProductList;
import tally.query.stock.StockAnswers.StockItem;

/** Products and stock, served by the {@code stock} read model. */
@Controller("/api")
final class StockController {
    private final StockQueries queries;
    private final StockFromMemory memory;
    private final MinPositionWaits waits;

    StockController(StockQueries queries, StockFromMemory memory, MinPositionWaits waits) {
        this.queries = queries;
        this.memory = memory;
        this.waits = waits;
    }

    @Get("/products")
    CompletableFuture<ProductList> products(@Nullable @QueryValue Long minPosition,
                                            @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(StockProjection.NAME, minPosition, waitMillis, queries::products);
    }

    /** JSON, or CSV when the Accept header prefers text/csv (the same rows and position). */
    @Get(value = "/stock", produces = {MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    CompletableFuture<HttpResponse<?>> stock(@Nullable @QueryValue String belowReorderPoint,
                                             @Nullable @QueryValue Long minPosition,
                                             @Nullable @QueryValue Integer waitMillis,
                                             HttpRequest<?> request) {
        boolean below = QueryParameters.flag("belowReorderPoint", belowReorderPoint);
        boolean csv = CsvAnswer.wanted(request);
        if (csv) {
            return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                    least -> memory.stock(below, least), () -> queries.stock(below))
                    .thenApply(StockCsv::of);
        }
        // The JSON's bytes, written once per position (StockFromMemory): a list of 200 rows
        // took longer to write than everything else a call does.
        return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                least -> memory.stockJson(below, least), () -> memory.json(queries.stock(below)))
                .thenApply(json -> HttpResponse.ok(json)
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    @Get("/stock/{sku}")
    CompletableFuture<StockItem> stockItem(String sku, @Nullable @QueryValue Long minPosition,
                                           @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                least -> memory.stockItem(sku, least).map(found -> found.orElseThrow(
                        () -> notFound(sku))),
                () -> queries.stockItem(sku).orElseThrow(() -> notFound(sku)));
    }

    private static QueryException notFound(String sku) {
        return new QueryException.NotFound("no product " + sku);
    }
}
