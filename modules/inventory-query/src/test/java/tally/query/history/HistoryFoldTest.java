package tally.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.StoredEvent;
import tally.query.history.HistoryAnswers.HistoryItem;

/** The fold of a product's figures per location, event by event, without a server. */
class HistoryFoldTest {
    private static final String SKU = "H-1";

    private static List<StoredEvent> stream(InventoryEvent... events) {
        var list = new ArrayList<StoredEvent>();
        for (int i = 0; i < events.length; i++) {
            list.add(new StoredEvent(100 + i, "product-" + SKU, i + 1,
                    events[i].getClass().getSimpleName(), Instant.parse("2026-12-04T10:00:00Z"),
                    "c" + i, "ann", events[i]));
        }
        return list;
    }

    private static String line(HistoryItem item) {
        var text = new StringBuilder(item.summary()).append(" ->");
        item.locations().forEach(l -> text.append(' ').append(l.location()).append(' ')
                .append(l.quantity()).append('/').append(l.reserved()));
        return text.toString();
    }

    private static final List<StoredEvent> LIFE = stream(
            new ProductRegistered(SKU, "Hinge", 5),
            new StockReceived(SKU, "A-01-1", 10, "PO-1"),
            new StockMoved(SKU, "A-01-1", "B-02-1", 3),
            new StockReserved(SKU, "A-01-1", 2, "SO-7", 90),
            new StockPicked(SKU, "B-02-1", 3, null),
            new StockAdjusted(SKU, "A-01-1", 6, -1, "torn box"),
            new ReservedStockPicked(SKU, "A-01-1", 1, "SO-7"),
            new StockAdjusted(SKU, "A-01-1", 0, -5, null),
            new ReservationReduced(SKU, "A-01-1", 1, "SO-7"));

    @Test
    void each_event_shows_the_figures_per_location_after_it_and_empty_locations_leave() {
        var page = HistoryFold.of(LIFE, null, 100, Long.MAX_VALUE);

        assertThat(page.earlier()).isZero();
        assertThat(page.items()).extracting(HistoryFoldTest::line).containsExactly(
                "registered as \"Hinge\", reorder point 5 ->",
                "received 10 at A-01-1 (ref PO-1) -> A-01-1 10/0",
                "moved 3 from A-01-1 to B-02-1 -> A-01-1 7/0 B-02-1 3/0",
                "reserved 2 at A-01-1 for order SO-7 -> A-01-1 7/2 B-02-1 3/0",
                "picked 3 at B-02-1 -> A-01-1 7/2",
                "counted 6 at A-01-1 (was 7, -1): torn box -> A-01-1 6/2",
                "picked 1 at A-01-1 for order SO-7 -> A-01-1 5/1",
                "counted 0 at A-01-1 (was 5, -5) -> A-01-1 0/1",
                "cut the reservation of order SO-7 by 1 at A-01-1 (a count found fewer) ->");
        assertThat(page.items().get(1).user()).isEqualTo("ann");
        assertThat(page.items().get(1).position()).isEqualTo(101);
    }

    @Test
    void a_location_filter_keeps_the_events_that_touched_it_with_the_running_figures() {
        var page = HistoryFold.of(LIFE, "B-02-1", 100, Long.MAX_VALUE);

        assertThat(page.items()).extracting(HistoryFoldTest::line).containsExactly(
                "moved 3 from A-01-1 to B-02-1 -> A-01-1 7/0 B-02-1 3/0",
                "picked 3 at B-02-1 -> A-01-1 7/2");
    }

    @Test
    void a_limit_keeps_the_newest_events_and_counts_the_earlier_ones() {
        var page = HistoryFold.of(LIFE, null, 2, Long.MAX_VALUE);

        assertThat(page.earlier()).isEqualTo(7);
        assertThat(page.items()).extracting(HistoryItem::position).containsExactly(107L, 108L);
        assertThat(line(page.items().getFirst())).endsWith("-> A-01-1 0/1");
    }

    @Test
    void events_after_the_position_read_are_left_out() {
        var page = HistoryFold.of(LIFE, null, 100, 102);

        assertThat(page.items()).extracting(HistoryItem::position)
                .containsExactly(100L, 101L, 102L);
    }
}
