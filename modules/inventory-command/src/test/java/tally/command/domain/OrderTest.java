package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.command.domain.AggregateFixture.given;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.OrderCommand.ShipOrder;
import tally.command.domain.Refusal.OrderAlreadyPlaced;
import tally.command.domain.Refusal.OrderClosed;
import tally.command.domain.Refusal.OrderNotPicked;
import tally.command.domain.Refusal.UnknownOrder;
import tally.command.domain.Refusal.UnknownProduct;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.StoredEvent;

/** An order's own life: placed, cancelled, shipped, and the allocation's decisions recorded. */
class OrderTest {
    static final ProductRegistered BOLT = new ProductRegistered("BOLT", "Bolt", 0);
    static final ProductRegistered NUT = new ProductRegistered("NUT", "Nut", 0);
    static final List<OrderLine> LINES = List.of(new OrderLine("BOLT", 3),
            new OrderLine("NUT", 2));
    static final OrderPlaced PLACED = new OrderPlaced("SO-1", "Ann", LINES);

    /** Both products at A-1, reserved for SO-1 and picked: {@code nuts} of the 2 nuts. */
    static AggregateFixture picked(int nuts) {
        return given(BOLT, NUT, new StockReceived("BOLT", "A-1", 9, null),
                new StockReceived("NUT", "A-1", 9, null), PLACED,
                new StockReserved("BOLT", "A-1", 3, "SO-1", 5),
                new StockReserved("NUT", "A-1", 2, "SO-1", 5),
                new ReservedStockPicked("BOLT", "A-1", 3, "SO-1"),
                new ReservedStockPicked("NUT", "A-1", nuts, "SO-1"));
    }

    @Test
    void places_an_order_for_registered_products() {
        var order = (Order) given(BOLT, NUT).when(new PlaceOrder("SO-1", "Ann", LINES))
                .then(PLACED);
        assertThat(order.isOpen()).isTrue();
        assertThat(order.lines()).containsExactly(java.util.Map.entry("BOLT", 3),
                java.util.Map.entry("NUT", 2));
    }

    @Test
    void refuses_to_place_an_order_twice_or_for_a_product_never_registered() {
        given(BOLT, NUT, PLACED).when(new PlaceOrder("SO-1", null, LINES))
                .thenRefused(OrderAlreadyPlaced.class, "order SO-1 has already been placed");
        given(BOLT).when(new PlaceOrder("SO-1", null, LINES))
                .thenRefused(UnknownProduct.class, "no product NUT is registered");
    }

    @Test
    void cancels_an_open_order_but_not_a_shipped_or_cancelled_or_unknown_one() {
        given(PLACED).when(new CancelOrder("SO-1", "changed mind"))
                .then(new OrderCancelled("SO-1", "changed mind"));
        given(PLACED, new OrderShipped("SO-1")).when(new CancelOrder("SO-1", null))
                .thenRefused(OrderClosed.class, "order SO-1 has shipped");
        given(PLACED, new OrderCancelled("SO-1", null)).when(new CancelOrder("SO-1", null))
                .thenRefused(OrderClosed.class, "order SO-1 is cancelled");
        given().when(new CancelOrder("SO-1", null)).thenRefused(UnknownOrder.class, "SO-1");
    }

    @Test
    void ships_an_order_once_every_line_is_picked_in_full() {
        picked(2).when(new ShipOrder("SO-1")).then(new OrderShipped("SO-1"));
    }

    @Test
    void refuses_to_ship_before_every_line_is_picked_in_full_naming_the_short_lines() {
        picked(1).when(new ShipOrder("SO-1")).thenRefused(OrderNotPicked.class,
                "cannot ship before every line is picked in full: 1 of 2 NUT picked");
        given(BOLT, NUT, PLACED).when(new ShipOrder("SO-1")).thenRefused(OrderNotPicked.class,
                "0 of 3 BOLT picked, 0 of 2 NUT picked");
    }

    @Test
    void refuses_to_ship_an_order_cancelled_shipped_or_never_placed() {
        given(BOLT, NUT, PLACED, new OrderCancelled("SO-1", null)).when(new ShipOrder("SO-1"))
                .thenRefused(OrderClosed.class, "is cancelled");
        picked(2).when(new ShipOrder("SO-1")).then(new OrderShipped("SO-1"));
        given(PLACED, new OrderShipped("SO-1")).when(new ShipOrder("SO-1"))
                .thenRefused(OrderClosed.class, "has shipped");
        given().when(new ShipOrder("SO-2")).thenRefused(UnknownOrder.class, "no order SO-2");
    }

    @Test
    void records_what_the_allocation_decided_for_an_open_order() {
        var lines = List.of(new LineAllocation("BOLT", 3, 0), new LineAllocation("NUT", 1, 1));
        given(PLACED).when(new RecordAllocation("SO-1", lines))
                .then(new OrderAllocated("SO-1", lines));
    }

    @Test
    void records_nothing_the_allocation_decided_for_an_order_since_cancelled_or_shipped() {
        var lines = List.of(new LineAllocation("BOLT", 3, 0));
        given(PLACED, new OrderCancelled("SO-1", null)).when(new RecordAllocation("SO-1", lines))
                .then();
        given(PLACED, new OrderShipped("SO-1")).when(new RecordAllocation("SO-1", lines)).then();
        given().when(new RecordAllocation("SO-1", lines)).thenRefused(UnknownOrder.class, "SO-1");
    }

    @Test
    void shipping_names_the_products_of_its_lines_only_once_the_order_is_in_memory() {
        var ship = new ShipOrder("SO-1");
        var memory = new HashMap<String, Aggregate>();
        assertThat(Decider.needs(ship, memory::get)).containsExactly("order-SO-1");
        memory.put("order-SO-1", Order.replay("SO-1", List.of(PLACED)));
        assertThat(Decider.needs(ship, memory::get))
                .containsExactly("order-SO-1", "product-BOLT", "product-NUT");
        assertThat(Decider.needs(new PlaceOrder("SO-2", null, LINES), memory::get))
                .containsExactly("order-SO-2", StoredEvent.streamOf("BOLT"), "product-NUT");
    }
}
