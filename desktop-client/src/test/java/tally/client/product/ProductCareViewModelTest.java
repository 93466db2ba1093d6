package tally.client.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class ProductCareViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().signedInAs("supervisor");
    private final ProductCareViewModel care = rig.productCare;

    @Test
    void the_fields_start_from_the_product_shown() {
        rig.product.show("SKU-1");

        assertThat(care.nameProperty().get()).isEqualTo("Blue widget");
        assertThat(care.reorderPointProperty().get()).isEqualTo("10");
        assertThat(care.allowedProperty().get()).isTrue();
    }

    @Test
    void a_rename_is_sent_and_the_products_name_changes_live() {
        rig.product.show("SKU-1");
        care.nameProperty().set("  Blue widget, large ");

        care.rename();

        assertThat(rig.api.commandNames).last().isEqualTo("rename-product");
        assertThat(rig.api.commandBodies.getLast()).containsEntry("sku", "SKU-1")
                .containsEntry("name", "Blue widget, large");
        assertThat(rig.product.detailProperty().get().name()).isEqualTo("Blue widget, large");
        assertThat(care.messageProperty().get()).startsWith(
                "Renamed SKU-1 to \"Blue widget, large\" — position ");
    }

    @Test
    void a_new_reorder_point_above_the_stock_shows_the_product_below_it() {
        rig.product.show("SKU-1");
        care.reorderPointProperty().set("1,000");

        care.changeReorderPoint();

        assertThat(rig.api.commandBodies.getLast()).containsEntry("reorderPoint", 1000L);
        assertThat(rig.product.detailProperty().get().reorderPoint()).isEqualTo(1000);
        assertThat(rig.product.detailProperty().get().belowReorderPoint()).isTrue();
        assertThat(care.messageProperty().get())
                .startsWith("Set the reorder point of SKU-1 to 1000 — position ");
    }

    @Test
    void a_value_the_product_has_already_is_said_to_record_nothing() {
        rig.product.show("SKU-1");

        care.changeReorderPoint();

        assertThat(care.messageProperty().get())
                .isEqualTo("The reorder point of SKU-1 is 10 already: nothing recorded.");
    }

    @Test
    void a_refused_reorder_point_is_said_once_by_its_field_and_the_field_keeps_it() {
        rig.product.show("SKU-1");
        care.reorderPointProperty().set("-3");

        care.changeReorderPoint();

        assertThat(care.reorderPointErrorProperty().get())
                .isEqualTo("The reorder point must be a whole number from 0 to 1000000.");
        assertThat(care.messageProperty().get()).isEmpty();
        assertThat(care.reorderPointProperty().get()).isEqualTo("-3");
        assertThat(rig.product.detailProperty().get().reorderPoint()).isEqualTo(10);
    }

    @Test
    void a_blank_name_or_a_reorder_point_that_is_no_number_is_not_sent() {
        rig.product.show("SKU-1");
        int before = rig.api.commandNames.size();
        care.nameProperty().set("   ");
        care.rename();
        care.reorderPointProperty().set("ten");
        care.changeReorderPoint();

        assertThat(care.nameErrorProperty().get()).isEmpty();
        assertThat(care.reorderPointErrorProperty().get())
                .isEqualTo("Enter whole units, 0 to 1,000,000.");
        assertThat(rig.api.commandNames).hasSize(before);
        care.rename();
        assertThat(care.nameErrorProperty().get()).isEqualTo("Enter the new name.");
    }

    @Test
    void another_clients_rename_moves_an_untouched_field_but_not_an_edited_one() {
        rig.product.show("SKU-1");
        care.reorderPointProperty().set("25");

        rig.api.otherClient("rename-product", CommandBody.of("sku", "SKU-1", "name", "Teal"));
        rig.api.otherClient("change-reorder-point", CommandBody.of("sku", "SKU-1",
                "reorderPoint", 12L));

        assertThat(care.nameProperty().get()).isEqualTo("Teal");
        assertThat(care.reorderPointProperty().get()).isEqualTo("25");
    }

    @Test
    void with_the_server_down_the_command_is_not_sent_and_kept() {
        rig.product.show("SKU-1");
        care.nameProperty().set("Blue widget, large");
        rig.api.setDown(true);

        care.rename();

        assertThat(care.messageProperty().get())
                .isEqualTo("Not sent, the server did not answer; your command is kept.");
        assertThat(care.nameProperty().get()).isEqualTo("Blue widget, large");
    }

    @Test
    void an_operator_is_not_offered_product_care_and_sends_nothing() {
        var operator = new ViewModelRig().seeded().signedInAs("operator");
        operator.product.show("SKU-1");
        int before = operator.api.commandNames.size();
        operator.productCare.nameProperty().set("Teal");

        operator.productCare.rename();

        assertThat(operator.productCare.allowedProperty().get()).isFalse();
        assertThat(operator.api.commandNames).hasSize(before);
    }
}
