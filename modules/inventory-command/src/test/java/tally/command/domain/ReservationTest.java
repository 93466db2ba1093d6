package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.command.domain.AggregateFixture.given;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReleaseReservations;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.command.domain.Refusal.InsufficientStock;
import tally.command.domain.Refusal.NotReservedForOrder;
import tally.command.domain.Refusal.OrderClosed;
import tally.command.domain.Refusal.StockReserved;
import tally.command.domain.Refusal.UnknownOrder;
import tally.command.domain.Refusal.UnknownProduct;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;

/** A product's reservations for orders: what may be reserved, moved, picked and counted. */
class ReservationTest {
    static final String SKU = "SKU-R";
    static final ProductRegistered REGISTERED = new ProductRegistered(SKU, "Bolt", 0);
    static final StockReceived TEN_AT_B1 = new StockReceived(SKU, "B-1", 10, null);
    static final StockReceived FIVE_AT_A1 = new StockReceived(SKU, "A-1", 5, null);
    static final OrderPlaced ONE = placed("SO-1", 20);
    static final OrderPlaced TWO = placed("SO-2", 20);

    static OrderPlaced placed(String orderId, int quantity) {
        return new OrderPlaced(orderId, null, List.of(new OrderLine(SKU, quantity)));
    }

    static tally.events.InventoryEvent.StockReserved reserved(String location, int quantity,
                                                              String orderId, long sequence) {
        return new tally.events.InventoryEvent.StockReserved(SKU, location, quantity, orderId,
                sequence);
    }

    @Test
    void reserves_free_units_location_by_location_in_walk_order() {
        var product = (Product) given(REGISTERED, TEN_AT_B1, FIVE_AT_A1, ONE, TWO,
                reserved("A-1", 2, "SO-1", 5))
                .when(new ReserveStock("SO-2", SKU, 8, 9))
                .then(reserved("A-1", 3, "SO-2", 9), reserved("B-1", 5, "SO-2", 9));
        assertThat(product.reservedAt("A-1")).isEqualTo(5).isEqualTo(product.stockAt("A-1"));
        assertThat(product.reservedFor("SO-2")).isEqualTo(Map.of("A-1", 3L, "B-1", 5L));
    }

    @Test
    void reserves_what_is_free_and_never_refuses_for_lack_of_it() {
        given(REGISTERED, FIVE_AT_A1, ONE, TWO).when(new ReserveStock("SO-1", SKU, 9, 5))
                .then(reserved("A-1", 5, "SO-1", 5));
        given(REGISTERED, FIVE_AT_A1, ONE, TWO, reserved("A-1", 5, "SO-1", 5))
                .when(new ReserveStock("SO-2", SKU, 1, 9)).then();
        given(REGISTERED, ONE).when(new ReserveStock("SO-1", SKU, 1, 5)).then();
    }

    @Test
    void reserves_nothing_for_an_order_that_is_cancelled_shipped_or_never_placed() {
        given(REGISTERED, FIVE_AT_A1, ONE, new OrderCancelled("SO-1", null))
                .when(new ReserveStock("SO-1", SKU, 1, 5)).then();
        given(REGISTERED, FIVE_AT_A1, ONE, new OrderShipped("SO-1"))
                .when(new ReserveStock("SO-1", SKU, 1, 5)).then();
        given(REGISTERED, FIVE_AT_A1).when(new ReserveStock("SO-9", SKU, 1, 5)).then();
    }

    @Test
    void refuses_a_reservation_of_a_product_never_registered() {
        given(ONE).when(new ReserveStock("SO-1", SKU, 1, 5))
                .thenRefused(UnknownProduct.class, SKU);
    }

    @Test
    void releases_every_reservation_an_order_holds_and_nothing_else() {
        var product = (Product) given(REGISTERED, TEN_AT_B1, FIVE_AT_A1, ONE, TWO,
                reserved("A-1", 5, "SO-1", 5), reserved("B-1", 2, "SO-1", 5),
                reserved("B-1", 3, "SO-2", 9))
                .when(new ReleaseReservations("SO-1", SKU))
                .then(new ReservationReleased(SKU, "A-1", 5, "SO-1"),
                        new ReservationReleased(SKU, "B-1", 2, "SO-1"));
        assertThat(product.reservedAt("B-1")).isEqualTo(3);
        given(REGISTERED, FIVE_AT_A1, ONE).when(new ReleaseReservations("SO-1", SKU)).then();
    }

    @Test
    void a_move_or_a_plain_pick_takes_only_unreserved_units() {
        var sevenOfTenReserved = new Object() {
            AggregateFixture given() {
                return AggregateFixture.given(REGISTERED, TEN_AT_B1, ONE,
                        reserved("B-1", 7, "SO-1", 5));
            }
        };
        sevenOfTenReserved.given().when(new MoveStock(SKU, "B-1", "C-1", 4))
                .thenRefused(StockReserved.class,
                        "only 3 of SKU-R at B-1 are free: 7 are reserved for orders");
        sevenOfTenReserved.given().when(new PickStock(SKU, "B-1", 11, null))
                .thenRefused(StockReserved.class, "only 3 of SKU-R at B-1 are free");
        sevenOfTenReserved.given().when(new MoveStock(SKU, "B-1", "C-1", 3))
                .then(new StockMoved(SKU, "B-1", "C-1", 3));
        sevenOfTenReserved.given().when(new PickStock(SKU, "B-1", 3, "walk-in"))
                .then(new StockPicked(SKU, "B-1", 3, "walk-in"));
        given(REGISTERED, TEN_AT_B1).when(new PickStock(SKU, "B-1", 11, null))
                .thenRefused(InsufficientStock.class, "only 10 of SKU-R at B-1, not 11");
    }

    @Test
    void a_count_below_what_is_reserved_cuts_the_youngest_orders_first() {
        var product = (Product) given(REGISTERED, TEN_AT_B1, ONE, TWO,
                reserved("B-1", 4, "SO-1", 5), reserved("B-1", 5, "SO-2", 9))
                .when(new AdjustStock(SKU, "B-1", 2, "broken"))
                .then(new StockAdjusted(SKU, "B-1", 2, -8, "broken"),
                        new ReservationReduced(SKU, "B-1", 5, "SO-2"),
                        new ReservationReduced(SKU, "B-1", 2, "SO-1"));
        assertThat(product.reservedAt("B-1")).isEqualTo(2).isEqualTo(product.stockAt("B-1"));
        assertThat(product.reservedFor("SO-1")).isEqualTo(Map.of("B-1", 2L));
        assertThat(product.reservedFor("SO-2")).isEmpty();
    }

    @Test
    void a_count_that_leaves_room_for_what_is_reserved_cuts_nothing() {
        given(REGISTERED, TEN_AT_B1, ONE, reserved("B-1", 4, "SO-1", 5))
                .when(new AdjustStock(SKU, "B-1", 4, "count"))
                .then(new StockAdjusted(SKU, "B-1", 4, -6, "count"));
    }

    @Test
    void a_pick_confirmed_for_an_order_takes_its_reserved_units_from_the_location() {
        var product = (Product) given(REGISTERED, TEN_AT_B1, ONE, reserved("B-1", 4, "SO-1", 5))
                .when(new ConfirmPick("SO-1", SKU, "B-1", 3))
                .then(new ReservedStockPicked(SKU, "B-1", 3, "SO-1"));
        assertThat(product.stockAt("B-1")).isEqualTo(7);
        assertThat(product.reservedAt("B-1")).isEqualTo(1);
        assertThat(product.pickedFor("SO-1")).isEqualTo(3);
    }

    @Test
    void refuses_a_pick_beyond_what_the_order_holds_reserved_there() {
        given(REGISTERED, TEN_AT_B1, FIVE_AT_A1, ONE, reserved("B-1", 2, "SO-1", 5))
                .when(new ConfirmPick("SO-1", SKU, "B-1", 3))
                .thenRefused(NotReservedForOrder.class, "order SO-1 holds 2 reserved SKU-R at B-1");
        given(REGISTERED, TEN_AT_B1, FIVE_AT_A1, ONE, reserved("B-1", 2, "SO-1", 5))
                .when(new ConfirmPick("SO-1", SKU, "A-1", 1))
                .thenRefused(NotReservedForOrder.class, "holds 0 reserved");
    }

    @Test
    void refuses_a_pick_for_an_order_that_is_not_open() {
        var held = reserved("B-1", 2, "SO-1", 5);
        given(REGISTERED, TEN_AT_B1, ONE, held, new OrderCancelled("SO-1", null))
                .when(new ConfirmPick("SO-1", SKU, "B-1", 1))
                .thenRefused(OrderClosed.class, "order SO-1 is cancelled");
        given(REGISTERED, TEN_AT_B1, ONE, held, new OrderShipped("SO-1"))
                .when(new ConfirmPick("SO-1", SKU, "B-1", 1))
                .thenRefused(OrderClosed.class, "has shipped");
        given(REGISTERED, TEN_AT_B1).when(new ConfirmPick("SO-7", SKU, "B-1", 1))
                .thenRefused(UnknownOrder.class, "no order SO-7");
    }
}
