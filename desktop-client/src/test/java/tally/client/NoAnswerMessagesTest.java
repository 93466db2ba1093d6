package tally.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.api.Unanswered;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

/**
 * With the server down, the Orders, Users, Locations and Trainer screens say so in the command
 * pane's words, and never with an exception's class name or the client library's wording.
 */
class NoAnswerMessagesTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();

    private ViewModelRig down() {
        rig.api.setDown(true);
        return rig;
    }

    @Test
    void orders_a_place_or_a_cancel_is_not_sent_and_kept_a_look_gets_no_answer() {
        rig.api.otherClient("place-order", CommandBody.of("orderId", "SO-1", "lines",
                java.util.List.of(CommandBody.of("sku", "SKU-1", "quantity", 2L))));
        rig.orders.choose("SO-1");
        rig.placeOrder.orderIdProperty().set("SO-2");
        rig.placeOrder.skuProperty().set("SKU-1");
        rig.placeOrder.addLine();
        down();

        rig.placeOrder.submit();
        rig.orders.cancel();

        assertThat(rig.placeOrder.messageProperty().get()).isEqualTo(Unanswered.NOT_SENT);
        assertThat(rig.placeOrder.orderIdProperty().get()).isEqualTo("SO-2");
        assertThat(rig.orders.messageProperty().get()).isEqualTo(Unanswered.NOT_SENT);
        rig.orders.choose("SO-1");
        assertThat(rig.orders.messageProperty().get())
                .isEqualTo("Could not load SO-1: No answer from the server.");
    }

    @Test
    void users_the_list_gets_no_answer() {
        down().users.load();

        assertThat(rig.users.messageProperty().get()).isEqualTo(Unanswered.NO_ANSWER);
    }

    @Test
    void locations_a_define_is_not_sent_and_a_look_gets_no_answer() {
        rig.defineBin.codeProperty().set("D-01");
        down().defineBin.define();
        rig.locations.select("A-01");

        assertThat(rig.defineBin.messageProperty().get()).isEqualTo(Unanswered.NOT_SENT);
        assertThat(rig.defineBin.codeProperty().get()).isEqualTo("D-01");
        assertThat(rig.locations.messageProperty().get())
                .isEqualTo("Could not load A-01: No answer from the server.");
    }

    @Test
    void trainer_a_pause_is_not_sent() {
        down().trainer.pause("stock");

        assertThat(rig.trainer.model("stock").messageProperty().get())
                .isEqualTo(Unanswered.NOT_SENT);
    }
}
