package tally.query.stock;

import io.micronaut.http.HttpResponse;
import java.util.List;
import tally.query.CsvAnswer;
import tally.query.stock.StockAnswers.StockList;

/** {@code GET /api/stock} as CSV: the columns of a JSON item, in its order. */
final class StockCsv {
    static final List<String> HEADER = List.of("sku", "name", "onHand", "reserved", "available",
            "reorderPoint", "belowReorderPoint", "version");

    private StockCsv() {
    }

    static HttpResponse<byte[]> of(StockList list) {
        return CsvAnswer.of("stock.csv", list.position(), HEADER, list.items(), line -> List.of(
                line.sku(), line.name(), line.onHand(), line.reserved(), line.available(),
                line.reorderPoint(), line.belowReorderPoint(), line.version()));
    }
}
