package tally.client.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.client.orders.PickViewModel.Step;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class PickViewModelTest {

    /** SKU-1: 40 at A-01 and 10 at C-03; SKU-2: 20 at B-02. */
    private static ViewModelRig warehouse(String user) {
        var rig = new ViewModelRig().seeded().signedInAs(user);
        rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "C-03",
                "quantity", 10L));
        return rig;
    }

    private static void place(ViewModelRig rig, String orderId, Object... skuAndQuantity) {
        var lines = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        rig.api.otherClient("place-order", CommandBody.of("orderId", orderId, "lines", lines));
    }

    private static void scan(PickViewModel pick, String text) {
        pick.input(pick.stepProperty().get()).set(text);
        pick.scanned();
    }

    @Test
    void walks_the_pick_list_in_walk_order_checking_each_scan_then_ships() {
        var rig = warehouse("owner");
        place(rig, "O-1", "SKU-1", 45L, "SKU-2", 5L);
        var pick = rig.pick;

        scan(pick, "O-1");
        assertThat(pick.items()).extracting(i -> i.location() + " " + i.sku() + " " + i.quantity())
                .containsExactly("A-01 SKU-1 40", "B-02 SKU-2 5", "C-03 SKU-1 5");
        assertThat(pick.stepProperty().get()).isEqualTo(Step.LOCATION);
        assertThat(pick.promptProperty().get()).isEqualTo("Go to A-01 and scan the location.");

        scan(pick, "B-02");
        assertThat(pick.wrongProperty().get()).isTrue();
        assertThat(pick.messageProperty().get()).isEqualTo("This is B-02: go to A-01.");
        assertThat(pick.stepProperty().get()).isEqualTo(Step.LOCATION);
        scan(pick, "A-01");
        scan(pick, "SKU-2");
        assertThat(pick.messageProperty().get()).isEqualTo("This is SKU-2: pick SKU-1 here.");
        scan(pick, "SKU-1");
        assertThat(pick.stepProperty().get()).isEqualTo(Step.QUANTITY);
        scan(pick, "41");
        assertThat(pick.messageProperty().get()).startsWith("The list says 40 here");
        assertThat(rig.api.commandNames).doesNotContain("confirm-pick");
        scan(pick, "40");

        assertThat(rig.api.commandNames).containsOnlyOnce("confirm-pick");
        assertThat(pick.wrongProperty().get()).isFalse();
        assertThat(pick.messageProperty().get()).isEqualTo("Picked 40 of SKU-1 at A-01.");
        assertThat(pick.promptProperty().get()).isEqualTo("Go to B-02 and scan the location.");
        for (String s : List.of("B-02", "SKU-2", "5", "C-03", "SKU-1", "5")) {
            scan(pick, s);
        }
        assertThat(pick.stepProperty().get()).isEqualTo(Step.SHIP);
        pick.scanned();

        assertThat(rig.api.commandNames).endsWith("ship-order");
        assertThat(pick.messageProperty().get()).isEqualTo("Shipped O-1.");
        assertThat(pick.stepProperty().get()).isEqualTo(Step.ORDER);
        assertThat(rig.api.order("O-1", 0).status()).isEqualTo("SHIPPED");
    }

    @Test
    void an_operator_is_told_a_picked_order_is_ready_to_ship_and_offered_no_ship() {
        var rig = warehouse("operator");
        place(rig, "O-2", "SKU-2", 3L);
        for (String s : List.of("O-2", "B-02", "SKU-2", "3")) {
            scan(rig.pick, s);
        }
        assertThat(rig.pick.stepProperty().get()).isEqualTo(Step.ORDER);
        assertThat(rig.pick.messageProperty().get())
                .isEqualTo("O-2 is picked in full: it is ready to ship (a supervisor ships it).");
        assertThat(rig.api.commandNames).doesNotContain("ship-order");
    }

    @Test
    void scanning_the_sku_once_per_unit_counts_the_quantity() {
        var rig = warehouse("operator");
        place(rig, "O-3", "SKU-2", 2L);
        for (String s : List.of("O-3", "B-02", "SKU-2", "SKU-2")) {
            scan(rig.pick, s);
        }
        assertThat(rig.pick.messageProperty().get()).isEqualTo("1 of 2 scanned.");
        assertThat(rig.api.commandNames).doesNotContain("confirm-pick");
        scan(rig.pick, "SKU-2");
        assertThat(rig.api.commandBodies.getLast()).containsEntry("quantity", 2L);
        assertThat(rig.api.order("O-3", 0).status()).isEqualTo("PICKED");
    }

    @Test
    void a_short_pick_counts_the_location_and_the_list_moves_the_rest_elsewhere() {
        var rig = warehouse("operator");
        place(rig, "O-4", "SKU-1", 40L);
        for (String s : List.of("O-4", "A-01", "SKU-1", "30")) {
            scan(rig.pick, s);
        }
        assertThat(rig.pick.stepProperty().get()).isEqualTo(Step.COUNT);
        assertThat(rig.pick.input(Step.COUNT).get()).isEqualTo("30");
        assertThat(rig.pick.messageProperty().get()).startsWith("Only 30 of 40? Count what is at");
        rig.pick.scanned();

        assertThat(rig.api.commandNames).endsWith("adjust-stock");
        assertThat(rig.api.commandBodies.getLast()).containsEntry("countedQuantity", 30L)
                .containsEntry("location", "A-01");
        assertThat(rig.pick.items()).extracting(i -> i.location() + " " + i.quantity())
                .containsExactly("A-01 30", "C-03 10");
        assertThat(rig.pick.stepProperty().get()).isEqualTo(Step.QUANTITY);
        scan(rig.pick, "30");
        assertThat(rig.pick.promptProperty().get()).isEqualTo("Go to C-03 and scan the location.");
    }

    @Test
    void an_order_the_allocation_has_not_seen_has_nothing_to_pick_yet() {
        var rig = warehouse("owner");
        rig.api.controlProjection("allocation", "pause");
        place(rig, "O-5", "SKU-2", 1L);
        scan(rig.pick, "O-5");
        assertThat(rig.pick.wrongProperty().get()).isTrue();
        assertThat(rig.pick.messageProperty().get())
                .isEqualTo("O-5 waits for the allocation: nothing is reserved for it yet.");
        scan(rig.pick, "NOPE");
        assertThat(rig.pick.messageProperty().get()).isEqualTo("No order NOPE.");
    }
}
