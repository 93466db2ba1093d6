package tally.client.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.ViewModelRig;

/** Enter in the SKU field checks the scan before the form moves on. */
class SkuEntryTest {
    private static final String GS = "\u001d";
    private final ViewModelRig rig = new ViewModelRig().seeded();

    private CommandFormViewModel receiveAt(String location, String scan) {
        var form = rig.form;
        form.kindProperty().set(CommandKind.RECEIVE);
        form.value(Field.LOCATION).set(location);
        form.enter(Field.LOCATION);
        form.value(Field.SKU).set(scan);
        form.enter(Field.SKU);
        return form;
    }

    @Test
    void the_location_comes_first_and_enter_moves_from_field_to_field() {
        rig.started();
        assertThat(CommandKind.RECEIVE.fields()).startsWith(Field.LOCATION, Field.SKU);
        assertThat(CommandKind.PICK.fields()).startsWith(Field.LOCATION, Field.SKU);
        assertThat(CommandKind.COUNT.fields()).startsWith(Field.LOCATION, Field.SKU);
        assertThat(CommandKind.MOVE.fields()).startsWith(Field.FROM, Field.SKU);
        rig.form.kindProperty().set(CommandKind.RECEIVE);
        rig.form.enter(Field.LOCATION);
        assertThat(rig.form.attentionProperty().get()).isEqualTo(Field.SKU);
    }

    @Test
    void a_known_sku_goes_on_at_once_with_its_name_and_no_lookup() {
        var form = rig.started().form;
        receiveAt("A-01", "SKU-1");

        assertThat(form.attentionProperty().get()).isEqualTo(Field.QUANTITY);
        assertThat(form.productNameProperty().get()).isEqualTo("Blue widget");
        assertThat(form.error(Field.SKU).get()).isEmpty();
        assertThat(rig.api.barcodeLookups).isZero();
    }

    @Test
    void a_scanned_ean_13_becomes_the_sku_it_stands_for() {
        rig.api.assignBarcode("4006381333931", "SKU-2");
        var form = rig.started().form;
        receiveAt("B-02", "4006381333931");

        assertThat(form.value(Field.SKU).get()).isEqualTo("SKU-2");
        assertThat(form.productNameProperty().get()).isEqualTo("Red gadget");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.QUANTITY);

        // Scanned again, the console knows it: no second lookup.
        receiveAt("B-02", "4006381333931");
        assertThat(rig.api.barcodeLookups).isEqualTo(1);
        assertThat(form.value(Field.SKU).get()).isEqualTo("SKU-2");
    }

    @Test
    void a_gs1_128_scan_gives_the_sku_and_its_count_fills_the_quantity() {
        rig.api.assignBarcode("09501101530003", "SKU-1");
        var form = rig.started().form;
        receiveAt("A-01", "]C10109501101530003" + "10LOT-7" + GS + "3024");

        assertThat(form.value(Field.SKU).get()).isEqualTo("SKU-1");
        assertThat(form.value(Field.QUANTITY).get()).isEqualTo("24");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.QUANTITY);

        form.enter(Field.QUANTITY);
        form.enter(Field.REFERENCE);
        assertThat(form.messageProperty().get()).startsWith("Received 24 of SKU-1 at A-01");
    }

    @Test
    void an_unknown_sku_is_said_at_once_by_its_field_and_the_form_waits_there() {
        var form = rig.signedInAs("operator").form;
        int before = rig.api.commandNames.size();
        receiveAt("A-01", "FOO-9");

        assertThat(form.error(Field.SKU).get()).isEqualTo("No product FOO-9.");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.SKU);
        // An operator may not register: a second Enter asks again and registers nothing.
        form.enter(Field.SKU);
        assertThat(form.kindProperty().get()).isEqualTo(CommandKind.RECEIVE);
        assertThat(rig.api.commandNames).hasSize(before);
    }

    @Test
    void an_unknown_barcode_or_an_unreadable_one_says_so() {
        var form = rig.signedInAs("operator").form;
        receiveAt("A-01", "96385074");
        assertThat(form.error(Field.SKU).get()).isEqualTo(
                "No product has barcode 00000096385074.");

        receiveAt("A-01", "4006381333932");
        assertThat(form.error(Field.SKU).get()).isEqualTo("No product 4006381333932, and it is"
                + " no barcode: its check digit is 2, not 1.");
        form.enter(Field.SKU);
        assertThat(form.kindProperty().get()).as("nothing offered to register")
                .isEqualTo(CommandKind.RECEIVE);
    }

    @Test
    void a_supervisor_registers_an_unknown_sku_and_comes_back_to_the_scan() {
        var form = rig.signedInAs("supervisor").form;
        receiveAt("A-01", "FOO-9");
        assertThat(form.error(Field.SKU).get())
                .isEqualTo("No product FOO-9: press Enter to register it.");

        form.enter(Field.SKU);
        assertThat(form.kindProperty().get()).isEqualTo(CommandKind.REGISTER);
        assertThat(form.value(Field.SKU).get()).isEqualTo("FOO-9");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.NAME);
        assertThat(form.error(Field.SKU).get()).as("the offer is taken").isEmpty();

        form.value(Field.NAME).set("Foo bolt");
        form.enter(Field.NAME);
        form.enter(Field.REORDER_POINT);

        assertThat(rig.api.commandNames).last().isEqualTo("register-product");
        assertThat(form.kindProperty().get()).isEqualTo(CommandKind.RECEIVE);
        assertThat(form.value(Field.LOCATION).get()).isEqualTo("A-01");
        assertThat(form.value(Field.SKU).get()).isEqualTo("FOO-9");
        assertThat(form.productNameProperty().get()).isEqualTo("Foo bolt");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.QUANTITY);
        assertThat(form.messageProperty().get()).startsWith("Registered FOO-9 (Foo bolt)")
                .endsWith("Back to the receive.");
    }

    @Test
    void a_supervisor_gives_an_unknown_barcode_to_a_sku_and_comes_back_to_the_scan() {
        var form = rig.signedInAs("supervisor").form;
        receiveAt("A-01", "4006381333931");
        assertThat(form.error(Field.SKU).get()).isEqualTo(
                "No product has barcode 04006381333931: press Enter to give it to a SKU.");

        form.enter(Field.SKU);
        assertThat(form.kindProperty().get()).isEqualTo(CommandKind.ASSIGN);
        assertThat(form.value(Field.BARCODE).get()).isEqualTo("04006381333931");
        assertThat(form.value(Field.SKU).get()).isEmpty();
        assertThat(form.attentionProperty().get()).isEqualTo(Field.SKU);

        form.value(Field.SKU).set("SKU-1");
        form.enter(Field.SKU);

        assertThat(rig.api.commandNames).last().isEqualTo("assign-barcode");
        assertThat(rig.api.commandBodies.get(rig.api.commandBodies.size() - 1))
                .containsEntry("barcode", "04006381333931").containsEntry("sku", "SKU-1")
                .doesNotContainKey("expectedVersion");
        assertThat(form.kindProperty().get()).isEqualTo(CommandKind.RECEIVE);
        assertThat(form.value(Field.LOCATION).get()).isEqualTo("A-01");
        assertThat(form.value(Field.SKU).get()).isEqualTo("SKU-1");
        assertThat(form.productNameProperty().get()).isEqualTo("Blue widget");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.QUANTITY);
        assertThat(form.messageProperty().get()).isEqualTo("Barcode 04006381333931 now stands"
                + " for SKU-1 — position 1, version 1. Back to the receive.");

        // From now on the barcode is SKU-1.
        receiveAt("A-01", "4006381333931");
        assertThat(form.value(Field.SKU).get()).isEqualTo("SKU-1");
    }

    @Test
    void submit_with_a_gs1_scan_still_in_the_sku_field_sends_the_sku_it_stands_for() {
        rig.api.assignBarcode("09501101530003", "SKU-1");
        var form = rig.started().form;
        int before = rig.api.commandNames.size();
        form.kindProperty().set(CommandKind.RECEIVE);
        form.value(Field.LOCATION).set("A-01");
        form.value(Field.SKU).set("]C10109501101530003" + GS + "3024");
        form.submit();

        assertThat(rig.api.commandNames).hasSize(before + 1).last().isEqualTo("receive-stock");
        assertThat(rig.api.commandBodies.get(rig.api.commandBodies.size() - 1))
                .containsEntry("sku", "SKU-1").containsEntry("quantity", 24L);
        assertThat(form.messageProperty().get()).startsWith("Received 24 of SKU-1 at A-01");
    }

    @Test
    void submit_with_an_unknown_barcode_in_the_sku_field_says_so_and_sends_nothing() {
        var form = rig.signedInAs("operator").form;
        int before = rig.api.commandNames.size();
        form.kindProperty().set(CommandKind.RECEIVE);
        form.value(Field.LOCATION).set("A-01");
        form.value(Field.SKU).set("96385074");
        form.value(Field.QUANTITY).set("3");
        form.submit();

        assertThat(rig.api.commandNames).hasSize(before);
        assertThat(form.error(Field.SKU).get()).isEqualTo(
                "No product has barcode 00000096385074.");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.SKU);
    }

    @Test
    void the_next_scan_goes_to_the_first_empty_field_of_the_command() {
        var form = rig.started().form;
        form.kindProperty().set(CommandKind.MOVE);
        assertThat(form.nextScanField()).isEqualTo(Field.FROM);
        form.value(Field.FROM).set("A-01");
        assertThat(form.nextScanField()).isEqualTo(Field.SKU);
    }
}
