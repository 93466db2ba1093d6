package tally.client.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.client.orders.PlaceOrderViewModel.DraftLine;
import tally.client.testing.ViewModelRig;

class PlaceOrderViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().signedInAs("supervisor");
    private final PlaceOrderViewModel form = rig.placeOrder;

    private void line(String sku, String quantity) {
        form.skuProperty().set(sku);
        form.quantityProperty().set(quantity);
        form.addLine();
    }

    @Test
    void enter_adds_a_line_the_same_sku_adds_to_it_and_the_order_is_placed() {
        form.orderIdProperty().set("O-7");
        form.customerProperty().set("Acme");
        line("SKU-1", "3");
        line("SKU-2", "");
        line("SKU-1", "2");
        assertThat(form.lines()).extracting(l -> l.sku() + " " + l.quantity())
                .containsExactly("SKU-1 5", "SKU-2 1");
        form.submit();

        assertThat(rig.api.commandNames).endsWith("place-order");
        assertThat(rig.api.commandBodies.getLast()).containsEntry("customer", "Acme")
                .containsEntry("lines", List.of(Map.of("sku", "SKU-1", "quantity", 5L),
                        Map.of("sku", "SKU-2", "quantity", 1L)));
        assertThat(form.messageProperty().get()).isEqualTo(
                "Placed O-7: 2 lines, 6 units. The allocation reserves stock for it.");
        assertThat(form.lines()).isEmpty();
        assertThat(form.orderIdProperty().get()).isEmpty();
        assertThat(rig.orders.chosenProperty().get().orderId()).isEqualTo("O-7");
    }

    @Test
    void a_quantity_that_is_not_a_number_is_refused_before_anything_is_sent() {
        line("SKU-1", "lots");
        assertThat(form.errorProperty("quantity").get()).startsWith("A whole number of units");
        assertThat(form.lines()).isEmpty();
    }

    @Test
    void the_server_s_refusals_are_shown_by_the_field_and_line_they_name() {
        form.orderIdProperty().set("bad id!");
        line("SKU-1", "1");
        form.lines().add(new DraftLine("SKU-2", 0, ""));
        form.submit();

        assertThat(form.errorProperty("orderId").get())
                .isEqualTo("Must be 1-40 characters of A-Z a-z 0-9 . _ -.");
        assertThat(form.lines().get(1).error()).isEqualTo("quantity: Must be 1 to 1000000.");
        assertThat(form.lines().get(0).error()).isEmpty();
        assertThat(form.messageProperty().get()).isEqualTo("Not placed: see the fields marked.");
        assertThat(form.lines()).hasSize(2);
    }

    @Test
    void a_422_is_said_in_plain_words_and_marks_the_line_of_the_sku_it_names() {
        form.orderIdProperty().set("O-8");
        line("SKU-1", "1");
        line("SKU-9", "1");
        form.submit();
        assertThat(form.messageProperty().get())
                .isEqualTo("Not placed: No product SKU-9 is registered.");
        assertThat(form.lines().get(1).error()).isEqualTo("No product SKU-9 is registered.");

        form.lines().remove(1);
        form.submit();
        form.orderIdProperty().set("O-8");
        line("SKU-2", "1");
        form.submit();
        assertThat(form.errorProperty("orderId").get()).isEqualTo("Order O-8 already exists.");
    }
}
