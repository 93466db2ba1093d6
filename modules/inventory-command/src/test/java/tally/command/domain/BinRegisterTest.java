package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tally.command.domain.BinFixture.open;
import static tally.command.domain.BinFixture.strict;

import org.junit.jupiter.api.Test;
import tally.command.domain.LocationCommand.ChangeLocation;
import tally.command.domain.LocationCommand.DefineLocation;
import tally.command.domain.LocationCommand.RetireLocation;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.Refusal.LocationAlreadyDefined;
import tally.command.domain.Refusal.LocationNotEmpty;
import tally.command.domain.Refusal.LocationNotInRegister;
import tally.command.domain.Refusal.UnknownLocation;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.LocationEvent.LocationChanged;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;

class BinRegisterTest {
    private static final ProductRegistered BOLT = new ProductRegistered("SKU-1", "Bolt", 0);
    private static final LocationDefined A1 = new LocationDefined("A-1", "First", "A", 40);
    private static final LocationDefined B1 = new LocationDefined("B-1", null, null, null);

    @Test
    void defines_a_bin_with_its_name_zone_and_capacity() {
        open().when(new DefineLocation("A-1", " First ", "A", 40)).then(A1);
    }

    @Test
    void defines_a_bin_with_nothing_but_its_code() {
        strict().when(new DefineLocation("B-1", null, null, null)).then(B1);
    }

    @Test
    void refuses_to_define_a_code_that_is_in_the_register() {
        open(A1).when(new DefineLocation("A-1", null, null, null))
                .thenRefused(LocationAlreadyDefined.class, "bin A-1 is already in the register");
    }

    @Test
    void defines_a_retired_bin_again_when_it_comes_back() {
        open(A1, new LocationRetired("A-1")).when(new DefineLocation("A-1", "Back", null, null))
                .then(new LocationDefined("A-1", "Back", null, null));
    }

    @Test
    void changes_a_bins_name_zone_and_capacity_but_never_its_code() {
        open(A1).when(new ChangeLocation("A-1", "Front", "Z", null))
                .then(new LocationChanged("A-1", "Front", "Z", null));
    }

    @Test
    void refuses_to_change_a_bin_never_defined_or_retired() {
        open().when(new ChangeLocation("A-9", "x", null, null))
                .thenRefused(UnknownLocation.class, "bin A-9 is not in the register");
        open(A1, new LocationRetired("A-1")).when(new ChangeLocation("A-1", "x", null, null))
                .thenRefused(UnknownLocation.class, "bin A-1 is retired");
    }

    @Test
    void retires_an_empty_bin_even_one_that_held_stock_before() {
        open(A1, BOLT, new StockReceived("SKU-1", "A-1", 5, null),
                new StockMoved("SKU-1", "A-1", "B-1", 3), new StockPicked("SKU-1", "A-1", 1, null),
                new StockAdjusted("SKU-1", "A-1", 0, -1, "count"))
                .when(new RetireLocation("A-1")).then(new LocationRetired("A-1"));
    }

    @Test
    void refuses_to_retire_a_bin_that_holds_stock_reserved_or_not() {
        open(A1, BOLT, new StockReceived("SKU-1", "A-1", 5, null),
                new StockReserved("SKU-1", "A-1", 5, "SO-1", 9))
                .when(new RetireLocation("A-1")).thenRefused(LocationNotEmpty.class,
                        "bin A-1 still holds 5 units: move or count them out before retiring it");
    }

    @Test
    void refuses_to_retire_a_bin_never_defined_or_retired_already() {
        open().when(new RetireLocation("A-1"))
                .thenRefused(UnknownLocation.class, "bin A-1 is not in the register");
        open(A1, new LocationRetired("A-1")).when(new RetireLocation("A-1"))
                .thenRefused(UnknownLocation.class, "bin A-1 is retired");
    }

    @Test
    void a_strict_register_takes_stock_into_a_defined_bin() {
        strict(A1, BOLT).when(new ReceiveStock("SKU-1", "A-1", 5, null))
                .then(new StockReceived("SKU-1", "A-1", 5, null));
    }

    @Test
    void a_strict_register_refuses_a_receive_to_an_unknown_bin_and_names_the_one_meant() {
        strict(A1, BOLT).when(new ReceiveStock("SKU-1", "a-1", 5, null)).thenRefused(
                LocationNotInRegister.class, "bin a-1 is not in the register; did you mean A-1?");
        strict(A1, BOLT).when(new ReceiveStock("SKU-1", "Q-7", 5, null))
                .thenRefused(LocationNotInRegister.class, "bin Q-7 is not in the register");
    }

    @Test
    void a_strict_register_refuses_stock_into_a_retired_bin() {
        strict(A1, new LocationRetired("A-1"), BOLT).when(new ReceiveStock("SKU-1", "A-1", 5, null))
                .thenRefused(LocationNotInRegister.class, "bin A-1 is retired");
    }

    @Test
    void a_strict_register_checks_where_a_move_goes_but_lets_stock_leave_any_bin() {
        var received = new StockReceived("SKU-1", "OLD", 5, null);
        strict(A1, BOLT, received).when(new MoveStock("SKU-1", "OLD", "B-1", 2))
                .thenRefused(LocationNotInRegister.class, "bin B-1 is not in the register");
        strict(A1, BOLT, received).when(new MoveStock("SKU-1", "OLD", "A-1", 2))
                .then(new StockMoved("SKU-1", "OLD", "A-1", 2));
        strict(A1, BOLT, received).when(new PickStock("SKU-1", "OLD", 2, null))
                .then(new StockPicked("SKU-1", "OLD", 2, null));
    }

    @Test
    void a_strict_register_refuses_a_count_or_an_order_pick_at_an_unknown_bin() {
        strict(A1, BOLT).when(new AdjustStock("SKU-1", "A-2", 0, "count"))
                .thenRefused(LocationNotInRegister.class, "bin A-2 is not in the register");
        strict(A1, BOLT).when(new ConfirmPick("SO-1", "SKU-1", "A-2", 1))
                .thenRefused(LocationNotInRegister.class, "bin A-2 is not in the register");
    }

    @Test
    void an_open_register_takes_any_code_as_before_it_existed() {
        open(A1, BOLT).when(new ReceiveStock("SKU-1", "a-1", 5, null))
                .then(new StockReceived("SKU-1", "a-1", 5, null));
    }

    @Test
    void a_bins_name_zone_and_capacity_are_checked_like_any_field() {
        assertThatThrownBy(() -> new DefineLocation("A 1", " ", null, 0))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("location")
                .hasMessageContaining("name").hasMessageContaining("capacity");
    }

    @Test
    void the_setting_reads_strict_or_open_and_nothing_else() {
        org.assertj.core.api.Assertions.assertThat(LocationMode.parse(" Strict "))
                .isEqualTo(LocationMode.STRICT);
        org.assertj.core.api.Assertions.assertThat(LocationMode.parse("open"))
                .isEqualTo(LocationMode.OPEN);
        org.assertj.core.api.Assertions.assertThat(LocationMode.parse("closed")).isNull();
    }
}
