package tally.query.activity;

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
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

class ActivityProjectionTest {
    private final ViewsDatabase db = new ViewsDatabase();
    private final ActivityProjection projection = new ActivityProjection();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<Projection.Change> apply(List<StoredEvent> events) {
        return db.transactor().inTransaction(c -> projection.apply(c, events, true));
    }

    @Test
    void tells_each_event_in_words() {
        apply(Log.of(new ProductRegistered("SKU-1", "Widget", 5),
                new StockReceived("SKU-1", "A-01", 10, "PO-7"),
                new StockMoved("SKU-1", "A-01", "B-02", 4),
                new StockPicked("SKU-1", "B-02", 1, null),
                new StockAdjusted("SKU-1", "A-01", 5, -1, "damaged")).all());

        assertThat(db.rows("SELECT position, stream, type, summary FROM activity ORDER BY position"))
                .containsExactly(
                        List.of(1L, "product-SKU-1", "ProductRegistered",
                                "Registered SKU-1 \"Widget\", reorder point 5"),
                        List.of(2L, "product-SKU-1", "StockReceived",
                                "Received 10 of SKU-1 at A-01 (ref PO-7)"),
                        List.of(3L, "product-SKU-1", "StockMoved", "Moved 4 of SKU-1 from A-01 to B-02"),
                        List.of(4L, "product-SKU-1", "StockPicked", "Picked 1 of SKU-1 at B-02"),
                        List.of(5L, "product-SKU-1", "StockAdjusted",
                                "Counted 5 of SKU-1 at A-01 (-1): damaged"));
    }

    @Test
    void keeps_who_did_each_event_and_null_where_nobody_was_recorded() {
        var changes = apply(Log.of(new ProductRegistered("SKU-1", "Widget", 5))
                .by("supervisor").add(new StockReceived("SKU-1", "A-01", 10, null))
                .by(null).add(new StockPicked("SKU-1", "A-01", 1, null)).all());

        assertThat(db.rows("SELECT position, user_name FROM activity ORDER BY position"))
                .containsExactly(List.of(1L, "clerk"), List.of(2L, "supervisor"),
                        java.util.Arrays.asList(3L, null));
        assertThat(changes).extracting(c -> ((ActivityAnswers.ActivityItem) c.data()).user())
                .containsExactly("clerk", "supervisor", null);
    }

    @Test
    void keeps_only_the_newest_entries() {
        Log log = Log.of(new ProductRegistered("SKU-1", "W", 0));
        for (int i = 0; i < ActivityProjection.KEPT + 200; i++) {
            log.add(new StockReceived("SKU-1", "A-01", 1, null));
        }
        List<StoredEvent> all = log.all();
        apply(all.subList(0, 700));
        apply(all.subList(700, all.size()));

        var kept = db.rows("SELECT MIN(position), MAX(position), COUNT(*) FROM activity").get(0);
        assertThat(kept).containsExactly((long) all.size() - ActivityProjection.KEPT + 1,
                (long) all.size(), (long) ActivityProjection.KEPT);
    }

    @Test
    void keeps_the_time_each_event_occurred() {
        StoredEvent e = Log.of(new ProductRegistered("SKU-1", "W", 0)).all().get(0);
        apply(List.of(e));

        var at = (java.time.OffsetDateTime) db.rows("SELECT occurred_at FROM activity").get(0).get(0);
        assertThat(at.toInstant()).isEqualTo(e.occurredAt());
    }
}
