package tally.query.barcodes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.events.Gtin;
import tally.query.QueryException;
import tally.query.barcodes.BarcodeAnswers.BarcodeList;
import tally.query.barcodes.BarcodeAnswers.BarcodeView;
import tally.query.engine.waits.MinPositionWaits;

/**
 * What a scanned barcode names, served by the {@code barcodes} read model. A code may come in
 * any GTIN form (8, 12, 13 or 14 digits) and is looked up as the 14 digits the log writes.
 */
@Controller("/api/barcodes")
final class BarcodesController {
    private final BarcodeQueries queries;
    private final MinPositionWaits waits;

    BarcodesController(BarcodeQueries queries, MinPositionWaits waits) {
        this.queries = queries;
        this.waits = waits;
    }

    @Get
    CompletableFuture<BarcodeList> barcodes(@Nullable @QueryValue String sku,
                                            @Nullable @QueryValue Long minPosition,
                                            @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(BarcodesProjection.NAME, minPosition, waitMillis,
                () -> queries.barcodes(sku));
    }

    /**
     * A code that is no GTIN is refused in the words the assign-barcode refusal uses: a 400 when
     * it has not a GTIN's shape (digits, and how many), which the OpenAPI document's pattern
     * refuses too; a 422 {@code not-a-gtin}, as the command's, when only its check digit is
     * wrong, which no pattern can tell.
     */
    @Get("/{code}")
    CompletableFuture<BarcodeView> barcode(String code, @Nullable @QueryValue Long minPosition,
                                           @Nullable @QueryValue Integer waitMillis) {
        String problem = Gtin.problemWith(code);
        if (problem != null && !Gtin.shaped(code)) {
            throw new QueryException.Invalid("barcode", problem);
        }
        if (problem != null) {
            throw new QueryException.Unprocessable("not-a-gtin", "barcode", problem);
        }
        String gtin = Gtin.normalised(code);
        return waits.answer(BarcodesProjection.NAME, minPosition, waitMillis,
                () -> queries.barcode(gtin).orElseThrow(() -> new QueryException.NotFound(
                        "no product has barcode " + gtin)));
    }
}
