package tally.query.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.QueryException;
import tally.query.engine.MinPositionWaits;
import tally.query.stock.StockAnswers.ProductList;
import tally.query.stock.StockAnswers.StockItem;
import tally.query.stock.StockAnswers.StockList;

/** Products and stock, served by the {@code stock} read model. */
@Controller("/api")
final class StockController {
    private final StockQueries queries;
    private final MinPositionWaits waits;

    StockController(StockQueries queries, MinPositionWaits waits) {
        this.queries = queries;
        this.waits = waits;
    }

    @Get("/products")
    CompletableFuture<ProductList> products(@Nullable @QueryValue Long minPosition,
                                            @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(StockProjection.NAME, minPosition, waitMillis, queries::products);
    }

    @Get("/stock")
    CompletableFuture<StockList> stock(@Nullable @QueryValue Boolean belowReorderPoint,
                                       @Nullable @QueryValue Long minPosition,
                                       @Nullable @QueryValue Integer waitMillis) {
        boolean below = Boolean.TRUE.equals(belowReorderPoint);
        return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                () -> queries.stock(below));
    }

    @Get("/stock/{sku}")
    CompletableFuture<StockItem> stockItem(String sku, @Nullable @QueryValue Long minPosition,
                                           @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                () -> queries.stockItem(sku).orElseThrow(
                        () -> new QueryException.NotFound("no product " + sku)));
    }
}
