package tally.client.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.api.WireShapes.BinLine;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class BinCareViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().signedInAs("supervisor");
    private final BinCareViewModel care = rig.binCare;

    private BinLine inRegister(String bin) {
        return rig.api.bins().items().stream().filter(b -> b.location().equals(bin))
                .findFirst().orElseThrow();
    }

    @Test
    void the_location_chosen_is_taken_up_with_what_the_register_holds_for_it() {
        rig.api.otherClient("define-location", CommandBody.of("location", "C-03", "name",
                "Top shelf", "capacity", 500L));

        rig.locations.select("C-03");

        assertThat(care.codeProperty().get()).isEqualTo("C-03");
        assertThat(care.nameProperty().get()).isEqualTo("Top shelf");
        assertThat(care.zoneProperty().get()).isEmpty();
        assertThat(care.capacityProperty().get()).isEqualTo("500");
        assertThat(care.messageProperty().get())
                .isEqualTo("What you leave empty is cleared when you change C-03.");
    }

    @Test
    void a_change_sends_every_field_given_and_the_register_shows_it() {
        rig.api.otherClient("define-location", CommandBody.of("location", "C-03"));
        rig.locations.select("C-03");
        care.zoneProperty().set(" Aisle C ");
        care.capacityProperty().set("2,000");

        care.change();

        assertThat(rig.api.commandNames).last().isEqualTo("change-location");
        assertThat(rig.api.commandBodies.getLast()).containsEntry("location", "C-03")
                .containsEntry("zone", "Aisle C").containsEntry("capacity", 2000L)
                .doesNotContainKey("name");
        assertThat(inRegister("C-03").zone()).isEqualTo("Aisle C");
        assertThat(care.messageProperty().get()).startsWith("Changed bin C-03 — position ");
    }

    @Test
    void a_bin_that_holds_units_is_not_retired_and_the_servers_reason_is_one_line() {
        rig.api.defineBin("A-01");
        rig.locations.select("A-01");

        care.retire();

        assertThat(care.messageProperty().get()).isEqualTo("Not retired: bin A-01 still holds"
                + " 40 units: move or count them out before retiring it");
        assertThat(inRegister("A-01").retired()).isFalse();
    }

    @Test
    void an_empty_bin_is_retired() {
        rig.api.otherClient("define-location", CommandBody.of("location", "C-03"));
        care.codeProperty().set("C-03");

        care.retire();

        assertThat(rig.api.commandBodies.getLast()).containsEntry("location", "C-03");
        assertThat(inRegister("C-03").retired()).isTrue();
        assertThat(care.messageProperty().get()).startsWith("Retired bin C-03 — position ");
        rig.locations.select("C-03");
        assertThat(care.messageProperty().get())
                .isEqualTo("C-03 is retired; define it again to use it.");
    }

    @Test
    void with_the_server_down_the_command_is_not_sent_and_the_form_keeps_it() {
        care.codeProperty().set("A-01");
        care.nameProperty().set("Bay one");
        rig.api.setDown(true);

        care.change();

        assertThat(care.messageProperty().get())
                .isEqualTo("Not sent, the server did not answer; your command is kept.");
        assertThat(care.nameProperty().get()).isEqualTo("Bay one");
    }

    @Test
    void an_operator_is_not_offered_the_form_and_sends_nothing() {
        var operator = new ViewModelRig().seeded().signedInAs("operator");
        int before = operator.api.commandNames.size();
        operator.binCare.codeProperty().set("A-01");

        operator.binCare.retire();

        assertThat(operator.binCare.allowedProperty().get()).isFalse();
        assertThat(operator.api.commandNames).hasSize(before);
    }
}
