package tally.query.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockReserved;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.query.engine.EventFailed;
import tally.query.engine.Projection;
import tally.query.stock.StockAnswers.LocationQuantity;
import tally.query.stock.StockAnswers.StockItem;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

class StockProjectionTest {
    private final ViewsDatabase db = new ViewsDatabase();
    private final StockProjection projection = new StockProjection();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<Projection.Change> apply(List<StoredEvent> events) {
        return db.transactor().inTransaction(c -> projection.apply(c, events, true));
    }

    @Test
    void a_registered_product_has_no_stock_and_its_reorder_point() {
        apply(Log.of(new ProductRegistered("SKU-1", "Widget", 5)).all());

        assertThat(db.rows("SELECT sku, name, reorder_point, on_hand, version, locations"
                + " FROM stock_products")).containsExactly(List.of("SKU-1", "Widget", 5, 0L, 1L, ""));
    }

    @Test
    void receiving_moving_and_picking_change_the_stock_per_location_and_in_total() {
        apply(Log.of(new ProductRegistered("SKU-1", "Widget", 5),
                new StockReceived("SKU-1", "A-01", 10, "PO-1"),
                new StockMoved("SKU-1", "A-01", "B-02", 4),
                new StockPicked("SKU-1", "B-02", 1, "SO-1")).all());

        assertThat(db.rows("SELECT on_hand, version FROM stock_products"))
                .containsExactly(List.of(9L, 4L));
        assertThat(db.rows("SELECT locations FROM stock_products"))
                .containsExactly(List.of("A-01=6,B-02=3"));
    }

    @Test
    void a_location_whose_quantity_falls_to_zero_no_longer_appears_under_the_product() {
        apply(Log.of(new ProductRegistered("SKU-1", "Widget", 0),
                new StockReceived("SKU-1", "A-01", 3, null),
                new StockMoved("SKU-1", "A-01", "B-02", 3)).all());

        assertThat(db.rows("SELECT locations FROM stock_products")).containsExactly(List.of("B-02=3"));
    }

    @Test
    void a_count_sets_the_location_to_the_counted_quantity() {
        apply(Log.of(new ProductRegistered("SKU-1", "Widget", 0),
                new StockReceived("SKU-1", "A-01", 10, null),
                new StockAdjusted("SKU-1", "A-01", 7, -3, "damaged"),
                new StockReceived("SKU-1", "C-01", 2, null),
                new StockAdjusted("SKU-1", "C-01", 0, -2, "lost")).all());

        assertThat(db.rows("SELECT locations FROM stock_products")).containsExactly(List.of("A-01=7"));
        assertThat(db.rows("SELECT on_hand FROM stock_products")).containsExactly(List.of(7L));
    }

    @Test
    void events_applied_over_several_batches_give_the_rows_of_one_batch() {
        Log log = Log.of(new ProductRegistered("SKU-1", "Widget", 0),
                new ProductRegistered("SKU-2", "Gadget", 0),
                new StockReceived("SKU-1", "A-01", 10, null),
                new StockReceived("SKU-2", "A-01", 5, null),
                new StockMoved("SKU-1", "A-01", "B-02", 10),
                new StockPicked("SKU-2", "A-01", 2, null));
        List<StoredEvent> all = log.all();
        for (StoredEvent e : all) {
            apply(List.of(e));
            projection.settled(true); // as the runner says after each commit: the cache is used
        }
        var oneByOne = db.everyRow();
        db.transactor().inTransaction(c -> {
            projection.clear(c);
            return null;
        });
        apply(all);

        assertThat(db.everyRow()).isEqualTo(oneByOne);
    }

    @Test
    void a_rolled_back_batch_leaves_no_trace_in_what_the_projection_remembers() {
        Log log = Log.of(new ProductRegistered("SKU-1", "Widget", 0),
                new StockReceived("SKU-1", "A-01", 10, null),
                new StockPicked("SKU-1", "A-01", 4, null));
        apply(log.all().subList(0, 2));
        projection.settled(true);
        assertThatThrownBy(() -> db.transactor().inTransaction(c -> {
            projection.apply(c, log.from(3), true);
            throw new IllegalStateException("the commit fails");
        }));
        projection.settled(false);

        apply(log.from(3));

        assertThat(db.rows("SELECT on_hand, locations FROM stock_products"))
                .containsExactly(List.of(6L, "A-01=6"));
    }

    @Test
    void reports_each_changed_product_as_it_now_stands() {
        List<Projection.Change> changes = apply(Log.of(new ProductRegistered("SKU-1", "Widget", 5),
                new StockReceived("SKU-1", "A-01", 3, null),
                new StockReceived("SKU-1", "B-01", 1, null)).all());

        assertThat(changes).containsExactly(new Projection.Change("stock",
                new StockItem(3, "SKU-1", "Widget", 4, 0, 4, 5, true, 3,
                        List.of(new LocationQuantity("A-01", 3, 0),
                                new LocationQuantity("B-01", 1, 0)))));
    }

    @Test
    void reservations_set_units_aside_where_they_lie_and_only_a_pick_for_an_order_takes_them() {
        List<Projection.Change> changes = apply(Log.of(
                new ProductRegistered("SKU-1", "Widget", 0),
                new StockReceived("SKU-1", "A-01", 10, null),
                new StockReceived("SKU-1", "B-01", 4, null),
                new StockReserved("SKU-1", "A-01", 6, "SO-1", 90),
                new StockReserved("SKU-1", "B-01", 4, "SO-2", 91),
                new ReservationReleased("SKU-1", "B-01", 4, "SO-2"),
                new ReservedStockPicked("SKU-1", "A-01", 2, "SO-1"),
                new StockAdjusted("SKU-1", "A-01", 3, -5, "count"),
                new ReservationReduced("SKU-1", "A-01", 1, "SO-1")).all());

        assertThat(changes).containsExactly(new Projection.Change("stock",
                new StockItem(9, "SKU-1", "Widget", 7, 3, 4, 0, false, 9,
                        List.of(new LocationQuantity("A-01", 3, 3),
                                new LocationQuantity("B-01", 4, 0)))));
        assertThat(db.rows("SELECT on_hand, reserved, locations, reservations"
                + " FROM stock_products")).containsExactly(List.of(7L, 3L, "A-01=3,B-01=4",
                "A-01=3"));
    }

    @Test
    void stock_of_a_product_never_registered_fails_on_that_event_and_writes_nothing() {
        List<StoredEvent> events = Log.of(new ProductRegistered("SKU-1", "Widget", 0),
                new StockReceived("SKU-9", "A-01", 3, null)).all();

        assertThatThrownBy(() -> apply(events))
                .isInstanceOfSatisfying(EventFailed.class, f -> {
                    assertThat(f.index()).isEqualTo(1);
                    assertThat(f.getMessage()).contains("position 2", "SKU-9");
                });
        assertThat(db.rows("SELECT * FROM stock_products")).isEmpty();
    }
}
