package tally.client.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.ViewModelRig;

class DefineBinViewModelTest {

    @Test
    void a_supervisor_defines_a_bin_with_its_name_zone_and_capacity_and_the_form_empties() {
        var rig = new ViewModelRig().signedInAs("supervisor");
        var bins = rig.defineBin;
        bins.codeProperty().set(" A-09 ");
        bins.nameProperty().set("Top shelf");
        bins.zoneProperty().set("Aisle A");
        bins.capacityProperty().set("1,000");

        bins.define();

        assertThat(rig.api.commandNames).last().isEqualTo("define-location");
        assertThat(rig.api.commandBodies.getLast()).containsEntry("location", "A-09")
                .containsEntry("name", "Top shelf").containsEntry("zone", "Aisle A")
                .containsEntry("capacity", 1000L);
        assertThat(bins.messageProperty().get()).startsWith("Bin A-09 is in the register");
        assertThat(bins.codeProperty().get()).isEmpty();
        assertThat(rig.api.bins().items()).extracting(b -> b.location()).containsExactly("A-09");
    }

    @Test
    void a_code_already_in_the_register_is_refused_in_the_servers_words() {
        var rig = new ViewModelRig().signedInAs("supervisor");
        rig.api.defineBin("A-09");
        rig.defineBin.codeProperty().set("A-09");

        rig.defineBin.define();

        assertThat(rig.defineBin.messageProperty().get())
                .isEqualTo("Not defined: bin A-09 is already in the register");
        assertThat(rig.defineBin.codeProperty().get()).isEqualTo("A-09");
    }

    @Test
    void an_operator_is_not_offered_the_form_and_sends_nothing() {
        var rig = new ViewModelRig().signedInAs("operator");
        int before = rig.api.commandNames.size();
        rig.defineBin.codeProperty().set("A-09");

        rig.defineBin.define();

        assertThat(rig.defineBin.allowedProperty().get()).isFalse();
        assertThat(rig.api.commandNames).hasSize(before);
    }
}
