package tally.client.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.ViewModelRig;

/** On an open site, the form asks once before it sends stock to a bin never used before. */
class NewBinAskTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final CommandFormViewModel form = rig.form;

    private void receiveAt(String location) {
        form.kindProperty().set(CommandKind.RECEIVE);
        form.value(Field.SKU).set("SKU-1");
        form.value(Field.LOCATION).set(location);
        form.value(Field.QUANTITY).set("5");
    }

    @Test
    void asks_once_before_a_bin_never_used_and_sends_when_told_again() {
        int before = rig.api.commandNames.size();
        receiveAt("a-01");

        form.submit();

        assertThat(rig.api.commandNames).hasSize(before);
        assertThat(form.error(Field.LOCATION).get()).isEqualTo("New bin: never used before.");
        assertThat(form.messageProperty().get())
                .isEqualTo("Bin a-01 has never been used. Check the code; send again to use it.");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.LOCATION);

        form.submit();

        assertThat(rig.api.commandNames).hasSize(before + 1).last().isEqualTo("receive-stock");
        assertThat(form.messageProperty().get()).startsWith("Received 5 of SKU-1 at a-01");
    }

    @Test
    void sends_at_once_to_a_bin_that_has_held_stock_or_is_in_the_register() {
        int before = rig.api.commandNames.size();
        receiveAt("A-01");
        form.submit();
        rig.api.defineBin("Z-9");
        receiveAt("Z-9");
        form.submit();

        assertThat(rig.api.commandNames).hasSize(before + 2);
        assertThat(form.messageProperty().get()).startsWith("Received 5 of SKU-1 at Z-9");
    }

    @Test
    void a_move_is_asked_about_where_it_goes_not_where_it_comes_from() {
        int before = rig.api.commandNames.size();
        form.kindProperty().set(CommandKind.MOVE);
        form.value(Field.SKU).set("SKU-1");
        form.value(Field.FROM).set("A-01");
        form.value(Field.TO).set("NEW-1");
        form.value(Field.QUANTITY).set("2");

        form.submit();

        assertThat(rig.api.commandNames).hasSize(before);
        assertThat(form.error(Field.TO).get()).isEqualTo("New bin: never used before.");
        assertThat(form.error(Field.FROM).get()).isEmpty();
    }
}
