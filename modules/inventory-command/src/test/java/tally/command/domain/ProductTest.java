package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.command.domain.ProductFixture.given;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.Refusal.InsufficientStock;
import tally.command.domain.Refusal.LocationFull;
import tally.command.domain.Refusal.ProductAlreadyRegistered;
import tally.command.domain.Refusal.SameLocation;
import tally.command.domain.Refusal.UnknownProduct;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;

class ProductTest {
    static final String SKU = "SKU-1";
    static final ProductRegistered REGISTERED = new ProductRegistered(SKU, "Bolt", 5);
    static final StockReceived TEN_AT_A1 = new StockReceived(SKU, "A1", 10, "PO-1");

    @Test
    void registers_a_new_product() {
        given().when(new RegisterProduct(SKU, "  Bolt  ", 5)).then(REGISTERED);
    }

    @Test
    void refuses_to_register_a_product_twice() {
        given(REGISTERED).when(new RegisterProduct(SKU, "Nut", 0))
                .thenRefused(ProductAlreadyRegistered.class, "already registered");
    }

    @Test
    void refuses_every_other_command_before_the_product_is_registered() {
        given().when(new ReceiveStock(SKU, "A1", 1, null)).thenRefused(UnknownProduct.class, SKU);
        given().when(new MoveStock(SKU, "A1", "B1", 1)).thenRefused(UnknownProduct.class, SKU);
        given().when(new PickStock(SKU, "A1", 1, null)).thenRefused(UnknownProduct.class, SKU);
        given().when(new AdjustStock(SKU, "A1", 3, "count")).thenRefused(UnknownProduct.class, SKU);
    }

    @Test
    void receives_stock_at_a_location() {
        var product = given(REGISTERED, TEN_AT_A1).when(new ReceiveStock(SKU, "A1", 5, null))
                .then(new StockReceived(SKU, "A1", 5, null));
        assertThat(product.stock()).isEqualTo(Map.of("A1", 15L));
    }

    @Test
    void moves_stock_between_locations_and_drops_an_emptied_one() {
        var product = given(REGISTERED, TEN_AT_A1).when(new MoveStock(SKU, "A1", "B2", 10))
                .then(new StockMoved(SKU, "A1", "B2", 10));
        assertThat(product.stock()).isEqualTo(Map.of("B2", 10L));
    }

    @Test
    void rejects_a_move_of_more_than_lies_at_the_source() {
        given(REGISTERED, TEN_AT_A1).when(new MoveStock(SKU, "A1", "B2", 11))
                .thenRefused(InsufficientStock.class, "only 10");
    }

    @Test
    void rejects_a_move_from_a_location_to_itself() {
        given(REGISTERED, TEN_AT_A1).when(new MoveStock(SKU, "A1", "A1", 1))
                .thenRefused(SameLocation.class, "to itself");
    }

    @Test
    void picks_stock_down_to_zero() {
        var product = given(REGISTERED, TEN_AT_A1).when(new PickStock(SKU, "A1", 10, "SO-9"))
                .then(new StockPicked(SKU, "A1", 10, "SO-9"));
        assertThat(product.stock()).isEmpty();
        assertThat(product.stockAt("A1")).isZero();
    }

    @Test
    void rejects_a_pick_larger_than_the_stock_at_that_location() {
        given(REGISTERED, TEN_AT_A1, new StockReceived(SKU, "B1", 50, null))
                .when(new PickStock(SKU, "A1", 11, null))
                .thenRefused(InsufficientStock.class, "only 10 of SKU-1 at A1");
    }

    @Test
    void rejects_a_pick_where_nothing_lies() {
        given(REGISTERED, TEN_AT_A1).when(new PickStock(SKU, "Z9", 1, null))
                .thenRefused(InsufficientStock.class, "only 0");
    }

    @Test
    void a_count_that_matches_the_stock_records_nothing() {
        given(REGISTERED, TEN_AT_A1).when(new AdjustStock(SKU, "A1", 10, "cycle count")).then();
        given(REGISTERED).when(new AdjustStock(SKU, "Z9", 0, "empty bin")).then();
    }

    @Test
    void a_count_records_the_difference_up_or_down() {
        given(REGISTERED, TEN_AT_A1).when(new AdjustStock(SKU, "A1", 7, "damaged"))
                .then(new StockAdjusted(SKU, "A1", 7, -3, "damaged"));
        var product = given(REGISTERED, TEN_AT_A1).when(new AdjustStock(SKU, "C3", 4, "found"))
                .then(new StockAdjusted(SKU, "C3", 4, 4, "found"));
        assertThat(product.stock()).isEqualTo(Map.of("A1", 10L, "C3", 4L));
    }

    @Test
    void a_count_of_zero_empties_the_location() {
        var product = given(REGISTERED, TEN_AT_A1).when(new AdjustStock(SKU, "A1", 0, "lost"))
                .then(new StockAdjusted(SKU, "A1", 0, -10, "lost"));
        assertThat(product.stock()).isEmpty();
    }

    @Test
    void refuses_to_fill_a_location_past_its_cap() {
        var full = new StockAdjusted(SKU, "A1", 0, (int) Product.MAX_UNITS_AT_A_LOCATION, "x");
        given(REGISTERED, full).when(new ReceiveStock(SKU, "A1", 1, null))
                .thenRefused(LocationFull.class, "would pass");
        given(REGISTERED, full, new StockReceived(SKU, "B1", 1, null))
                .when(new MoveStock(SKU, "B1", "A1", 1))
                .thenRefused(LocationFull.class, "would pass");
    }

    @Test
    void replaying_its_stream_gives_the_state_and_the_version() {
        var product = Product.replay(SKU, java.util.List.of(REGISTERED, TEN_AT_A1,
                new StockMoved(SKU, "A1", "B1", 4), new StockPicked(SKU, "B1", 1, null),
                new StockAdjusted(SKU, "A1", 5, -1, "count")));
        assertThat(product.isRegistered()).isTrue();
        assertThat(product.version()).isEqualTo(5);
        assertThat(product.stock()).isEqualTo(Map.of("A1", 5L, "B1", 3L));
    }

    @Test
    void refuses_a_command_for_another_product() {
        var product = new Product(SKU);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> product.decide(new RegisterProduct("SKU-2", "x", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
