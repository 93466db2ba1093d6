package tally.query;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import tally.query.Answers.ActivityItem;
import tally.query.Answers.ActivityList;
import tally.query.Answers.LocationList;
import tally.query.Answers.LocationView;
import tally.query.Answers.LocationQuantity;
import tally.query.Answers.SkuQuantity;
import tally.query.Answers.ProductList;
import tally.query.Answers.StockItem;
import tally.query.Answers.StockList;
import tally.query.ReadModelRepositories.ActivityRepository;
import tally.query.ReadModelRepositories.CheckpointRepository;
import tally.query.ReadModelRepositories.LocationRepository;
import tally.query.ReadModelRepositories.StockRepository;
import tally.query.Rows.StockRow;

/**
 * Reads a read model together with its checkpoint. H2's SERIALIZABLE level reads one snapshot
 * (its READ COMMITTED and REPEATABLE READ do not), so the {@code position} of an answer is
 * exactly the point of the log its rows show, even while the projection commits or rebuilds.
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
class ReadModels {
    private final CheckpointRepository checkpoints;
    private final StockRepository stock;
    private final LocationRepository locations;
    private final ActivityRepository activity;

    ReadModels(CheckpointRepository checkpoints, StockRepository stock,
               LocationRepository locations, ActivityRepository activity) {
        this.checkpoints = checkpoints;
        this.stock = stock;
        this.locations = locations;
        this.activity = activity;
    }

    public ProductList products() {
        long position = positionOf(StockProjection.NAME);
        return new ProductList(position, stock.listProducts());
    }

    public StockList stock(boolean onlyBelowReorderPoint) {
        long position = positionOf(StockProjection.NAME);
        return new StockList(position, onlyBelowReorderPoint ? stock.listBelowReorderPoint()
                : stock.listStock());
    }

    public Optional<StockItem> stockItem(String sku) {
        long position = positionOf(StockProjection.NAME);
        Optional<StockRow> row = stock.findById(sku);
        return row.map(r -> new StockItem(position, r.sku(), r.name(), r.onHand(),
                r.reorderPoint(), r.onHand() < r.reorderPoint(), r.version(),
                Quantities.answer(r.locations(), LocationQuantity::new,
                        LocationQuantity::location)));
    }

    public LocationList locations() {
        long position = positionOf(LocationsProjection.NAME);
        return new LocationList(position, locations.listLines());
    }

    public Optional<LocationView> location(String location) {
        long position = positionOf(LocationsProjection.NAME);
        return locations.findById(location)
                .map(r -> new LocationView(position, r.location(),
                        Quantities.answer(r.items(), SkuQuantity::new, SkuQuantity::sku)));
    }

    public ActivityList activity(int limit) {
        long position = positionOf(ActivityProjection.NAME);
        return new ActivityList(position, activity.newest(limit).stream()
                .map(r -> new ActivityItem(r.position(), r.stream(), r.type(),
                        r.occurredAt().toString(), r.summary())).toList());
    }

    private long positionOf(String readModel) {
        return checkpoints.findById(readModel).map(Rows.CheckpointRow::position).orElse(0L);
    }
}
