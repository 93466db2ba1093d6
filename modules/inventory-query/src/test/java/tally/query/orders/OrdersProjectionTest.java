package tally.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.StoredEvent;
import tally.query.engine.EventFailed;
import tally.query.engine.Projection;
import tally.query.orders.OrderAnswers.OrderView;
import tally.query.orders.OrderAnswers.PickItem;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

class OrdersProjectionTest {
    private final ViewsDatabase db = new ViewsDatabase();
    private final OrdersProjection projection = new OrdersProjection();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<Projection.Change> apply(List<StoredEvent> events) {
        List<Projection.Change> changes = db.transactor()
                .inTransaction(c -> projection.apply(c, events, true));
        projection.settled(true);
        return changes;
    }

    /** An order of P-1 x6 and P-2 x4 through its whole life, with stock short, cut and found. */
    private static Log wholeLife() {
        return Log.of(new ProductRegistered("P-1", "Pin", 0),
                new ProductRegistered("P-2", "Peg", 0),
                new StockReceived("P-1", "B-02", 3, null),
                new StockReceived("P-1", "A-01", 5, null),
                new StockReceived("P-2", "A-01", 2, null),
                new OrderPlaced("SO-1", "Ada", List.of(new OrderLine("P-1", 6),
                        new OrderLine("P-2", 4))),
                new StockReserved("P-1", "A-01", 5, "SO-1", 6),
                new StockReserved("P-1", "B-02", 1, "SO-1", 6),
                new StockReserved("P-2", "A-01", 2, "SO-1", 6),
                new OrderAllocated("SO-1", List.of(new LineAllocation("P-1", 6, 0),
                        new LineAllocation("P-2", 2, 2))),
                new StockReceived("P-2", "C-01", 5, null),
                new StockReserved("P-2", "C-01", 2, "SO-1", 6),
                new OrderAllocated("SO-1", List.of(new LineAllocation("P-2", 2, 0))),
                new StockAdjusted("P-1", "B-02", 0, -3, "count"),
                new ReservationReduced("P-1", "B-02", 1, "SO-1"),
                new OrderAllocated("SO-1", List.of(new LineAllocation("P-1", 0, 1))),
                new ReservedStockPicked("P-1", "A-01", 5, "SO-1"),
                new ReservedStockPicked("P-2", "A-01", 2, "SO-1"),
                new StockReceived("P-1", "D-04", 1, null),
                new StockReserved("P-1", "D-04", 1, "SO-1", 6),
                new OrderAllocated("SO-1", List.of(new LineAllocation("P-1", 1, 0))),
                new ReservedStockPicked("P-2", "C-01", 2, "SO-1"),
                new ReservedStockPicked("P-1", "D-04", 1, "SO-1"),
                new OrderShipped("SO-1"));
    }

    private static OrderView view(List<Projection.Change> changes) {
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo("order");
        return (OrderView) changes.get(0).data();
    }

    private OrderView applyOneByOne(Log log, int upTo) {
        OrderView last = null;
        for (StoredEvent e : log.all().subList(0, upTo)) {
            List<Projection.Change> changes = apply(List.of(e));
            if (!changes.isEmpty()) {
                last = view(changes);
            }
        }
        return last;
    }

    @Test
    void a_placed_order_waits_for_the_allocation_with_its_lines_and_nothing_reserved() {
        OrderView placed = applyOneByOne(wholeLife(), 6);

        assertThat(placed).isEqualTo(new OrderView(6, "SO-1", "Ada", OrderStatus.PLACED, 1,
                "2024-05-01T10:00:05Z", List.of(LineFigures.placed("P-1", 6),
                LineFigures.placed("P-2", 4))));
        assertThat(db.rows("SELECT status, line_count, reservations FROM orders"))
                .containsExactly(List.of("PLACED", 2, ""));
    }

    @Test
    void a_partial_allocation_then_a_fill_then_a_cut_move_the_figures_and_the_status() {
        Log log = wholeLife();

        assertThat(applyOneByOne(log, 10).lines()).containsExactly(
                new LineFigures("P-1", 6, 6, 0, 0), new LineFigures("P-2", 4, 2, 0, 2));
        OrderView allocated = view(apply(log.all().subList(10, 13)));
        assertThat(allocated.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(allocated.version()).isEqualTo(3);
        OrderView cut = view(apply(log.all().subList(13, 16)));
        assertThat(cut.status()).isEqualTo(OrderStatus.PARTIAL);
        assertThat(cut.lines()).containsExactly(
                new LineFigures("P-1", 6, 5, 0, 1), new LineFigures("P-2", 4, 4, 0, 0));
    }

    @Test
    void the_pick_list_holds_the_reserved_unpicked_units_in_walk_order() {
        Log log = wholeLife();
        apply(log.all().subList(0, 13));

        assertThat(pickList()).containsExactly(new PickItem("P-1", "A-01", 5),
                new PickItem("P-2", "A-01", 2), new PickItem("P-1", "B-02", 1),
                new PickItem("P-2", "C-01", 2));
        apply(log.all().subList(13, 18));
        assertThat(pickList()).containsExactly(new PickItem("P-2", "C-01", 2));
    }

    private List<PickItem> pickList() {
        var row = db.rows("SELECT * FROM orders WHERE order_id = 'SO-1'").get(0);
        var reservations = new java.util.TreeMap<PickSpot, Long>();
        OrderRowText.readSpots((String) row.get(8), reservations);
        var items = new ArrayList<PickItem>();
        reservations.forEach((s, q) -> items.add(new PickItem(s.sku(), s.location(), q)));
        return items;
    }

    @Test
    void every_line_adds_up_to_what_was_ordered_after_each_decision_of_the_allocation() {
        Log log = wholeLife();
        var seen = new ArrayList<OrderStatus>();
        for (StoredEvent e : log.all()) {
            List<Projection.Change> changes = apply(List.of(e));
            if (e.event() instanceof OrderAllocated) {
                OrderView order = view(changes);
                seen.add(order.status());
                assertThat(order.lines()).allSatisfy(l -> assertThat(
                        l.reserved() + l.picked() + l.backordered()).isEqualTo(l.ordered()));
            }
        }
        assertThat(seen).containsExactly(OrderStatus.PARTIAL, OrderStatus.ALLOCATED,
                OrderStatus.PARTIAL, OrderStatus.ALLOCATED);
    }

    @Test
    void every_status_is_reached() {
        Log log = wholeLife().add(new ProductRegistered("P-3", "Nut", 0))
                .add(new OrderPlaced("SO-2", null, List.of(new OrderLine("P-3", 3))))
                .add(new OrderAllocated("SO-2", List.of(new LineAllocation("P-3", 0, 3))))
                .add(new OrderCancelled("SO-2", "customer changed their mind"));
        var statuses = EnumSet.noneOf(OrderStatus.class);
        for (StoredEvent e : log.all()) {
            apply(List.of(e)).forEach(c -> statuses.add(((OrderView) c.data()).status()));
        }

        assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.values());
    }

    @Test
    void a_cancelled_order_keeps_its_status_while_its_reservations_are_released() {
        List<Projection.Change> changes = apply(Log.of(new ProductRegistered("P-1", "Pin", 0),
                new StockReceived("P-1", "A-01", 5, null),
                new OrderPlaced("SO-3", null, List.of(new OrderLine("P-1", 2))),
                new StockReserved("P-1", "A-01", 2, "SO-3", 3),
                new OrderAllocated("SO-3", List.of(new LineAllocation("P-1", 2, 0))),
                new OrderCancelled("SO-3", null),
                new ReservationReleased("P-1", "A-01", 2, "SO-3")).all());

        assertThat(view(changes)).isEqualTo(new OrderView(7, "SO-3", null,
                OrderStatus.CANCELLED, 3, "2024-05-01T10:00:02Z",
                List.of(new LineFigures("P-1", 2, 0, 0, 0))));
        assertThat(db.rows("SELECT reservations FROM orders")).containsExactly(List.of(""));
    }

    @Test
    void a_rebuild_gives_the_rows_of_folding_event_by_event() {
        Log log = wholeLife().add(new OrderPlaced("SO-2", null, List.of(new OrderLine("P-1", 1))));
        for (StoredEvent e : log.all()) {
            apply(List.of(e));
        }
        var oneByOne = db.rows("SELECT * FROM orders ORDER BY order_id");
        db.transactor().inTransaction(c -> {
            projection.clear(c);
            return null;
        });
        apply(log.all());

        assertThat(db.rows("SELECT * FROM orders ORDER BY order_id")).isEqualTo(oneByOne)
                .hasSize(2);
    }

    @Test
    void a_reservation_for_an_order_never_placed_fails_on_that_event_and_writes_nothing() {
        List<StoredEvent> events = Log.of(new ProductRegistered("P-1", "Pin", 0),
                new OrderPlaced("SO-1", null, List.of(new OrderLine("P-1", 1))),
                new StockReserved("P-1", "A-01", 1, "SO-9", 1)).all();

        assertThatThrownBy(() -> apply(events))
                .isInstanceOfSatisfying(EventFailed.class, f -> {
                    assertThat(f.index()).isEqualTo(2);
                    assertThat(f.getMessage()).contains("position 3", "SO-9");
                });
        assertThat(db.rows("SELECT * FROM orders")).isEmpty();
    }
}
