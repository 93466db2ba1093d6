package tally.server.labels;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.query.QueryException;
import tally.query.bins.BinQueries;
import tally.query.engine.waits.MinPositionWaits;
import tally.query.orders.OrderQueries;
import tally.query.stock.StockQueries;
import tally.server.labels.LabelSheet.Label;

/**
 * The sheets a site prints: bin labels, product labels and an order's pick list, as PDF. Each
 * reads one read model's answer (so, like its JSON twin, it takes {@code minPosition}), which
 * is why it sits in the server: no read model may use another's.
 */
@Controller("/api")
final class LabelsController {
    static final String PDF = "application/pdf";
    /** More labels than this in one file is surely a mistake, and a large file to print. */
    static final int MAX_LABELS = 1000;

    private final BinQueries bins;
    private final StockQueries stock;
    private final OrderQueries orders;
    private final MinPositionWaits waits;

    LabelsController(BinQueries bins, StockQueries stock, OrderQueries orders,
                     MinPositionWaits waits) {
        this.bins = bins;
        this.stock = stock;
        this.orders = orders;
        this.waits = waits;
    }

    @Get(uri = "/labels/bins.pdf", produces = PDF)
    CompletableFuture<HttpResponse<byte[]>> binLabels(
            @Nullable @QueryValue List<String> location, @Nullable @QueryValue String code,
            @Nullable @QueryValue Long minPosition, @Nullable @QueryValue Integer waitMillis) {
        BarcodeKind kind = BarcodeKind.of(code);
        List<String> asked = checked("location", location);
        return waits.answer("bins", minPosition, waitMillis, () -> {
            List<Label> labels = asked.isEmpty()
                    ? bins.bins().items().stream().filter(b -> !b.retired())
                            .map(b -> new Label(b.location(), b.name())).toList()
                    : asked.stream().map(l -> bins.bin(l)
                            .map(b -> new Label(b.location(), b.name()))
                            .orElseThrow(() -> new QueryException.NotFound("no bin " + l)))
                            .toList();
            return pdf(LabelSheet.render(nonEmpty(labels, "no bins in the register"), kind),
                    "bin-labels.pdf");
        });
    }

    @Get(uri = "/labels/products.pdf", produces = PDF)
    CompletableFuture<HttpResponse<byte[]>> productLabels(
            @Nullable @QueryValue List<String> sku, @Nullable @QueryValue String code,
            @Nullable @QueryValue Long minPosition, @Nullable @QueryValue Integer waitMillis) {
        BarcodeKind kind = BarcodeKind.of(code);
        List<String> asked = checked("sku", sku);
        return waits.answer("stock", minPosition, waitMillis, () -> {
            List<Label> labels = asked.isEmpty()
                    ? stock.products().items().stream()
                            .map(p -> new Label(p.sku(), p.name())).toList()
                    : asked.stream().map(s -> stock.stockItem(s)
                            .map(p -> new Label(p.sku(), p.name()))
                            .orElseThrow(() -> new QueryException.NotFound("no product " + s)))
                            .toList();
            return pdf(LabelSheet.render(nonEmpty(labels, "no products registered"), kind),
                    "product-labels.pdf");
        });
    }

    @Get(uri = "/orders/{orderId}/pick-list.pdf", produces = PDF)
    CompletableFuture<HttpResponse<byte[]>> pickList(String orderId,
            @Nullable @QueryValue Long minPosition, @Nullable @QueryValue Integer waitMillis) {
        return waits.answer("orders", minPosition, waitMillis, () -> orders.pickList(orderId)
                .map(list -> pdf(PickListSheet.render(list), "pick-list-" + orderId + ".pdf"))
                .orElseThrow(() -> new QueryException.NotFound("no order " + orderId)));
    }

    /** The values of a repeated parameter: none blank, not too many. */
    private static List<String> checked(String name, @Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(String::isBlank)) {
            throw new QueryException.Invalid(name, "must not be blank");
        }
        if (values.size() > MAX_LABELS) {
            throw new QueryException.Invalid(name, "at most " + MAX_LABELS + " in one file");
        }
        return values;
    }

    private static List<Label> nonEmpty(List<Label> labels, String why) {
        if (labels.isEmpty()) {
            throw new QueryException.NotFound(why);
        }
        return labels.size() > MAX_LABELS ? labels.subList(0, MAX_LABELS) : labels;
    }

    private static HttpResponse<byte[]> pdf(byte[] body, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(body).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + safe + "\"");
    }
}
