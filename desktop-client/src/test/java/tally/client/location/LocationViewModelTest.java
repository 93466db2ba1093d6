package tally.client.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class LocationViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final LocationViewModel locations = rig.locations;

    @Test
    void lists_every_location_and_shows_the_contents_of_the_one_selected() {
        assertThat(locations.rows())
                .extracting(r -> r.location() + ":" + r.skus() + "/" + r.units())
                .containsExactly("A-01:1/40", "B-02:1/20");
        locations.select("A-01");
        assertThat(locations.contents()).extracting(c -> c.sku() + "=" + c.quantity())
                .containsExactly("SKU-1=40");
        assertThat(locations.messageProperty().get()).startsWith("A-01 holds 1 SKU");
    }

    @Test
    void contents_follow_the_stream_and_an_emptied_location_says_so() {
        locations.select("B-02");
        rig.api.otherClient("move-stock", CommandBody.of("sku", "SKU-2", "from", "B-02",
                "to", "A-01",
                "quantity", 20L));

        assertThat(locations.contents()).isEmpty();
        assertThat(locations.messageProperty().get()).isEqualTo("B-02 is empty.");
        assertThat(locations.rows()).extracting(r -> r.location() + ":" + r.units())
                .containsExactly("A-01:60", "B-02:0");
    }

    @Test
    void a_location_that_never_held_stock_is_said_to_be_so() {
        locations.select("Z-99");
        assertThat(locations.messageProperty().get()).isEqualTo("Z-99 has never held stock.");
    }

    @Test
    void rows_touched_by_this_consoles_command_show_pending_then_applied() {
        rig.api.controlProjection("locations", "pause");
        rig.form.kindProperty().set(tally.client.command.CommandKind.PICK);
        rig.form.value(tally.client.command.Field.SKU).set("SKU-1");
        rig.form.value(tally.client.command.Field.LOCATION).set("A-01");
        rig.form.value(tally.client.command.Field.QUANTITY).set("1");
        rig.form.submit();
        assertThat(locations.rows().get(0).stateText()).isEqualTo("pending… (5)");

        rig.api.controlProjection("locations", "resume");
        assertThat(locations.rows().get(0).stateText()).isEqualTo("✓ applied (5)");
    }
}
