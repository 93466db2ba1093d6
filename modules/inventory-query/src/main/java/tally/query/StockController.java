package tally.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.Answers.ProductList;
import tally.query.Answers.StockItem;
import tally.query.Answers.StockList;

/** Products and stock, served by the {@code stock} read model. */
@Controller("/api")
final class StockController {
    private final ReadModels readModels;
    private final Waits waits;

    StockController(ReadModels readModels, Waits waits) {
        this.readModels = readModels;
        this.waits = waits;
    }

    @Get("/products")
    CompletableFuture<ProductList> products(@Nullable @QueryValue Long minPosition,
                                            @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(StockProjection.NAME, minPosition, waitMillis, readModels::products);
    }

    @Get("/stock")
    CompletableFuture<StockList> stock(@Nullable @QueryValue Boolean belowReorderPoint,
                                       @Nullable @QueryValue Long minPosition,
                                       @Nullable @QueryValue Integer waitMillis) {
        boolean below = Boolean.TRUE.equals(belowReorderPoint);
        return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                () -> readModels.stock(below));
    }

    @Get("/stock/{sku}")
    CompletableFuture<StockItem> stockItem(String sku, @Nullable @QueryValue Long minPosition,
                                           @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(StockProjection.NAME, minPosition, waitMillis,
                () -> readModels.stockItem(sku).orElseThrow(
                        () -> new QueryException.NotFound("no product " + sku)));
    }
}
