package tally.client.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.ViewModelRig;

/** A quantity far above the usual asks once, in one line by its field; the next Enter sends. */
class UsualQuantityTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final CommandFormViewModel form = rig.form;

    private void receive(String quantity) {
        form.kindProperty().set(CommandKind.RECEIVE);
        form.value(Field.LOCATION).set("A-01");
        form.value(Field.SKU).set("SKU-1");
        form.value(Field.QUANTITY).set(quantity);
        form.enter(Field.REFERENCE);
    }

    @Test
    void with_no_history_here_it_asks_above_the_site_default_then_sends_on_the_next_enter() {
        int before = rig.api.commandNames.size();
        receive("1001");
        assertThat(rig.api.commandNames).hasSize(before);
        assertThat(form.error(Field.QUANTITY).get()).isEqualTo("1001 is far above the usual for"
                + " SKU-1 (over 1000, none sent here yet): press Enter again to send.");
        assertThat(form.value(Field.QUANTITY).get()).as("kept as typed").isEqualTo("1001");

        form.enter(Field.REFERENCE);
        assertThat(rig.api.commandNames).hasSize(before + 1).last().isEqualTo("receive-stock");
        assertThat(form.messageProperty().get()).startsWith("Received 1001 of SKU-1 at A-01");
        assertThat(form.error(Field.QUANTITY).get()).isEmpty();
    }

    @Test
    void the_site_default_itself_is_sent_without_asking() {
        int before = rig.api.commandNames.size();
        receive("1000");
        assertThat(rig.api.commandNames).hasSize(before + 1);
    }

    @Test
    void above_ten_times_the_largest_sent_for_that_product_and_command_it_asks_once() {
        receive("4");
        receive("40");
        int before = rig.api.commandNames.size();

        receive("500");
        assertThat(rig.api.commandNames).hasSize(before);
        assertThat(form.error(Field.QUANTITY).get()).isEqualTo(
                "500 is far above the usual for SKU-1 (at most 40): press Enter again to send.");

        receive("400");
        assertThat(rig.api.commandNames).as("400 is not far above 40").hasSize(before + 1);
    }

    @Test
    void another_command_has_a_usual_of_its_own() {
        receive("4");
        int before = rig.api.commandNames.size();
        form.kindProperty().set(CommandKind.PICK);
        form.value(Field.LOCATION).set("A-01");
        form.value(Field.SKU).set("SKU-1");
        form.value(Field.QUANTITY).set("41");
        form.enter(Field.REFERENCE);

        assertThat(rig.api.commandNames).as("no pick sent from here yet: 41 is usual enough")
                .hasSize(before + 1).last().isEqualTo("pick-stock");
    }
}
