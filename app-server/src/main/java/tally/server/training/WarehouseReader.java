package tally.server.training;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tally.query.bins.BinAnswers.BinLine;
import tally.query.bins.BinQueries;
import tally.query.stock.StockAnswers.LocationQuantity;
import tally.query.stock.StockAnswers.ProductItem;
import tally.query.stock.StockQueries;

/**
 * Reads the warehouse once, when a piece of training work starts: the products, the bins of
 * the register, and what each product holds free where. The read models may lag (a lesson may
 * have paused them), which costs at worst a few refusals.
 */
@Singleton
final class WarehouseReader {
    /** Enough products for any class; the traffic need not touch every one of a large site. */
    static final int MAX_PRODUCTS = 500;
    /** Bins for a site that keeps no register (any location is taken there). */
    static final List<String> OPEN_BINS = List.of("T-01", "T-02", "T-03", "T-04");

    private final StockQueries stock;
    private final BinQueries bins;
    private final OrderNumbers orders;

    WarehouseReader(StockQueries stock, BinQueries bins, OrderNumbers orders) {
        this.stock = stock;
        this.bins = bins;
        this.orders = orders;
    }

    Warehouse read() {
        List<String> skus = stock.products().items().stream().map(ProductItem::sku)
                .limit(MAX_PRODUCTS).toList();
        var held = new HashMap<String, Map<String, Integer>>();
        var seen = new LinkedHashSet<String>();
        for (String sku : skus) {
            var where = new HashMap<String, Integer>();
            for (LocationQuantity at : stock.stockItem(sku).map(i -> i.locations())
                    .orElse(List.of())) {
                seen.add(at.location());
                long free = at.quantity() - at.reserved();
                if (free > 0) {
                    where.put(at.location(), (int) Math.min(free, Integer.MAX_VALUE));
                }
            }
            held.put(sku, where);
        }
        return new Warehouse(skus, binsOr(new ArrayList<>(seen)), held, orders);
    }

    /** The register's bins in use; where there is none, the places stock lies, or a few. */
    List<String> binsOr(List<String> whereStockLies) {
        List<String> defined = bins.bins().items().stream().filter(b -> !b.retired())
                .map(BinLine::location).toList();
        if (!defined.isEmpty()) {
            return defined;
        }
        return whereStockLies.isEmpty() ? OPEN_BINS : whereStockLies;
    }
}
