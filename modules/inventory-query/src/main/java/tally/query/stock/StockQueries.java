package tally.query.stock;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tally.query.Quantities;
import tally.query.engine.checkpoints.CheckpointRepository;
import tally.query.stock.StockAnswers.LocationQuantity;
import tally.query.stock.StockAnswers.ProductList;
import tally.query.stock.StockAnswers.StockItem;
import tally.query.stock.StockAnswers.StockList;

/**
 * Reads the {@code stock} read model together with its checkpoint. H2's SERIALIZABLE level
 * reads one snapshot (its READ COMMITTED and REPEATABLE READ do not), so the {@code position}
 * of an answer is exactly the point of the log its rows show, even while the projection
 * commits or rebuilds.
 * Public, with the answers it gives, for the server's printed sheets (tally.server.labels).
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
public class StockQueries {
    private final CheckpointRepository checkpoints;
    private final StockRepository stock;

    StockQueries(CheckpointRepository checkpoints, StockRepository stock) {
        this.checkpoints = checkpoints;
        this.stock = stock;
    }

    public ProductList products() {
        long position = checkpoints.positionOf(StockProjection.NAME);
        return new ProductList(position, stock.listProducts());
    }

    public StockList stock(boolean onlyBelowReorderPoint) {
        long position = checkpoints.positionOf(StockProjection.NAME);
        return new StockList(position, onlyBelowReorderPoint ? stock.listBelowReorderPoint()
                : stock.listStock());
    }

    public Optional<StockItem> stockItem(String sku) {
        long position = checkpoints.positionOf(StockProjection.NAME);
        return stock.findById(sku).map(r -> new StockItem(position, r.sku(), r.name(),
                r.onHand(), r.reserved(), r.onHand() - r.reserved(), r.reorderPoint(),
                r.onHand() < r.reorderPoint(), r.version(),
                LocationQuantity.of(quantities(r.locations()), quantities(r.reservations()))));
    }

    private static Map<String, Long> quantities(String text) {
        var quantities = new HashMap<String, Long>();
        Quantities.read(text, quantities);
        return quantities;
    }
}
