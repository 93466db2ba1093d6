package tally.client.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class OrdersViewModelTest {

    private static void place(ViewModelRig rig, String orderId, String sku, long quantity) {
        rig.api.otherClient("place-order", CommandBody.of("orderId", orderId, "customer",
                "Acme", "lines", List.of(Map.of("sku", sku, "quantity", quantity))));
    }

    private static List<String> shown(OrdersViewModel orders) {
        return orders.visibleRows().stream().map(o -> o.orderId() + " " + o.status()).toList();
    }

    @Test
    void lists_orders_newest_first_live_and_filters_them_by_status() {
        var rig = new ViewModelRig().seeded().started();
        place(rig, "O-1", "SKU-1", 5);
        place(rig, "O-2", "SKU-2", 50);
        assertThat(shown(rig.orders)).containsExactly("O-2 PARTIAL", "O-1 ALLOCATED");

        rig.api.controlProjection("allocation", "pause");
        place(rig, "O-3", "SKU-1", 1);
        assertThat(shown(rig.orders)).first().isEqualTo("O-3 PLACED");
        rig.orders.statusProperty().set("PLACED");
        assertThat(shown(rig.orders)).containsExactly("O-3 PLACED");
        assertThat(rig.orders.summaryProperty().get()).isEqualTo("1 of 3 orders shown, 3 open");

        rig.api.controlProjection("allocation", "resume");
        assertThat(shown(rig.orders)).isEmpty();
        rig.orders.statusProperty().set("All");
        assertThat(shown(rig.orders)).first().isEqualTo("O-3 ALLOCATED");
    }

    @Test
    void a_chosen_order_shows_its_lines_and_pick_list_and_follows_the_stream() {
        var rig = new ViewModelRig().seeded().started();
        place(rig, "O-1", "SKU-2", 25);
        rig.orders.choose("O-1");
        assertThat(rig.orders.lines()).extracting(l -> l.sku() + " " + l.ordered() + "/"
                + l.reserved() + "/" + l.picked() + "/" + l.backordered())
                .containsExactly("SKU-2 25/20/0/5");
        assertThat(rig.orders.pickList()).extracting(i -> i.location() + " " + i.quantity())
                .containsExactly("B-02 20");
        assertThat(rig.orders.messageProperty().get()).isEqualTo(
                "O-1 is PARTIAL: some units reserved, the rest backordered.");

        rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2", "location", "A-05",
                "quantity", 8L));
        OrderDetail now = rig.orders.chosenProperty().get();
        assertThat(now.status()).isEqualTo("ALLOCATED");
        assertThat(rig.orders.pickList()).extracting(i -> i.location() + " " + i.quantity())
                .containsExactly("A-05 5", "B-02 20");
    }

    @Test
    void a_supervisor_cancels_an_order_and_its_units_are_released() {
        var rig = new ViewModelRig().seeded().signedInAs("supervisor");
        place(rig, "O-1", "SKU-1", 10);
        rig.orders.choose("O-1");
        assertThat(rig.orders.mayCancelProperty().get()).isTrue();
        rig.orders.reasonProperty().set("customer called");
        rig.orders.cancel();

        assertThat(rig.api.commandBodies.getLast()).containsEntry("reason", "customer called");
        assertThat(rig.orders.chosenProperty().get().status()).isEqualTo("CANCELLED");
        assertThat(rig.orders.pickList()).isEmpty();
        assertThat(rig.orders.mayCancelProperty().get()).isFalse();
        assertThat(rig.api.stock("SKU-1", 0, 0).reserved()).isZero();
    }

    @Test
    void an_operator_may_not_cancel() {
        var rig = new ViewModelRig().seeded().signedInAs("operator");
        place(rig, "O-1", "SKU-1", 10);
        rig.orders.choose("O-1");
        assertThat(rig.orders.mayCancelProperty().get()).isFalse();
        rig.orders.choose("O-404");
        assertThat(rig.orders.messageProperty().get()).isEqualTo("No order O-404.");
    }
}
