package tally.client.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

/** What the trainer's cards say: the server's head, the state, the messages. */
class ReadModelFiguresTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final TrainerViewModel trainer = rig.trainer;
    private final ReadModelViewModel stock = trainer.model("stock");

    private void hear(String state, long position, long head) {
        trainer.heard(new Changed(new ProjectionChanged(head, new ProjectionStatus("stock",
                position, head, head - position, 0, state, 0, null))));
    }

    @Test
    void the_head_is_the_servers_now_even_below_one_seen_before() {
        hear("RUNNING", 3_000, 3_000);
        assertThat(stock.headProperty().get()).isEqualTo(3_000);

        // The server restarted on a smaller log.
        hear("RUNNING", 2, 4);
        assertThat(stock.headProperty().get()).isEqualTo(4);
        assertThat(stock.lagProperty().get()).isEqualTo(2);
        assertThat(stock.progress().get()).isEqualTo(0.5);
    }

    @Test
    void an_armed_break_is_shown_as_a_state_until_the_model_fails() {
        assertThat(stock.shownState().get()).isEqualTo("RUNNING");
        stock.armBreak();
        hear("RUNNING", 4, 4);
        assertThat(stock.shownState().get()).isEqualTo("BREAK ARMED");
        assertThat(ReadModelCard.styleOf(stock.shownState().get()))
                .isEqualTo("state-break-armed");

        hear("FAILED", 4, 5);
        assertThat(stock.shownState().get()).isEqualTo("FAILED");
        assertThat(stock.breakArmedProperty().get()).isFalse();
        hear("RUNNING", 5, 5);
        assertThat(stock.shownState().get()).isEqualTo("RUNNING");
    }

    @Test
    void a_resume_disarms_a_break_and_a_break_that_hit_at_once_says_so() {
        stock.armBreak();
        trainer.resume("stock");
        assertThat(stock.shownState().get()).isEqualTo("RUNNING");

        // The fake server fails the model at once, as a server with events waiting would.
        trainer.breakModel("stock");
        assertThat(stock.shownState().get()).isEqualTo("FAILED");
        assertThat(stock.messageProperty().get()).startsWith("Broken on purpose");
    }

    @Test
    void the_rebuild_message_goes_when_the_rebuild_ends() {
        hear("REBUILDING", 1, 4);
        stock.rebuilt("Rebuilding: emptied, the whole log is replayed into it.");
        assertThat(stock.messageProperty().get()).startsWith("Rebuilding");
        hear("REBUILDING", 3, 4);
        assertThat(stock.messageProperty().get()).startsWith("Rebuilding");

        hear("RUNNING", 4, 4);
        assertThat(stock.messageProperty().get())
                .isEqualTo("Rebuilt: the whole log replayed, up to position 4.");
    }

    @Test
    void a_rebuild_over_before_its_answer_never_says_rebuilding() {
        trainer.rebuild("stock");
        assertThat(stock.messageProperty().get()).startsWith("Rebuilt:");
    }

    @Test
    void the_chart_axis_reaches_the_largest_lag_kept() {
        trainer.pause("stock");
        for (int i = 0; i < 7; i++) {
            rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                    "quantity", 1L));
        }
        trainer.sample();
        assertThat(trainer.largestLagProperty().get()).isEqualTo(7);
        trainer.resume("stock");
        trainer.sample();
        assertThat(trainer.largestLagProperty().get()).isEqualTo(7);
    }
}
