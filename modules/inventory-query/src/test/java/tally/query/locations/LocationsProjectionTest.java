package tally.query.locations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.query.engine.Projection;
import tally.query.locations.LocationAnswers.LocationView;
import tally.query.locations.LocationAnswers.SkuQuantity;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

class LocationsProjectionTest {
    private final ViewsDatabase db = new ViewsDatabase();
    private final LocationsProjection projection = new LocationsProjection();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<Projection.Change> apply(List<StoredEvent> events) {
        return db.transactor().inTransaction(c -> projection.apply(c, events, true));
    }

    @Test
    void a_registered_product_lies_nowhere() {
        assertThat(apply(Log.of(new ProductRegistered("SKU-1", "Widget", 5)).all())).isEmpty();
        assertThat(db.rows("SELECT * FROM locations")).isEmpty();
    }

    @Test
    void counts_the_skus_and_units_in_each_location() {
        apply(Log.of(new ProductRegistered("SKU-1", "Widget", 0),
                new ProductRegistered("SKU-2", "Gadget", 0),
                new StockReceived("SKU-1", "A-01", 10, null),
                new StockReceived("SKU-2", "A-01", 5, null),
                new StockMoved("SKU-1", "A-01", "B-02", 4),
                new StockPicked("SKU-2", "A-01", 1, null),
                new StockAdjusted("SKU-1", "B-02", 3, -1, "count")).all());

        assertThat(db.rows("SELECT location, skus, units FROM locations ORDER BY location"))
                .containsExactly(List.of("A-01", 2, 10L), List.of("B-02", 1, 3L));
        assertThat(db.rows("SELECT items FROM locations ORDER BY location"))
                .extracting(row -> ViewsDatabase.sorted((String) row.get(0)))
                .containsExactly("SKU-1=6,SKU-2=4", "SKU-1=3");
    }

    @Test
    void an_emptied_location_stays_known_with_nothing_in_it() {
        List<Projection.Change> changes = apply(Log.of(new ProductRegistered("SKU-1", "W", 0),
                new StockReceived("SKU-1", "A-01", 2, null),
                new StockPicked("SKU-1", "A-01", 2, null)).all());

        assertThat(db.rows("SELECT location, skus, units, items FROM locations"))
                .containsExactly(List.of("A-01", 0, 0L, ""));
        assertThat(changes).containsExactly(
                new Projection.Change("location", new LocationView(3, "A-01", List.of())));
    }

    @Test
    void events_applied_over_several_batches_give_the_rows_of_one_batch() {
        Log log = Log.of(new ProductRegistered("SKU-1", "W", 0), new ProductRegistered("SKU-2", "G", 0),
                new StockReceived("SKU-1", "A-01", 10, null), new StockReceived("SKU-2", "A-01", 5, null),
                new StockMoved("SKU-1", "A-01", "B-02", 10), new StockPicked("SKU-2", "A-01", 2, null),
                new StockAdjusted("SKU-2", "A-01", 0, -3, "gone"));
        for (StoredEvent e : log.all()) {
            apply(List.of(e));
            projection.settled(true);
        }
        var oneByOne = db.everyRow();
        db.transactor().inTransaction(c -> {
            projection.clear(c);
            return null;
        });
        apply(log.all());

        assertThat(db.everyRow()).isEqualTo(oneByOne);
    }

    @Test
    void reports_each_changed_location_as_it_now_stands() {
        Log log = Log.of(new ProductRegistered("SKU-1", "W", 0),
                new StockReceived("SKU-1", "A-01", 5, null),
                new StockMoved("SKU-1", "A-01", "B-01", 2));
        apply(log.all().subList(0, 2));
        projection.settled(true);

        List<Projection.Change> changes = apply(log.from(3));

        assertThat(changes).containsExactlyInAnyOrder(
                new Projection.Change("location",
                        new LocationView(3, "A-01", List.of(new SkuQuantity("SKU-1", 3)))),
                new Projection.Change("location",
                        new LocationView(3, "B-01", List.of(new SkuQuantity("SKU-1", 2)))));
    }
}
