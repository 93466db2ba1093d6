package tally.client.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class TrainerViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final TrainerViewModel trainer = rig.trainer;

    @Test
    void shows_each_read_model_with_its_position_lag_and_state() {
        assertThat(trainer.readModels()).extracting(ReadModelViewModel::name)
                .containsExactly("stock", "locations", "activity", "orders", "allocation");
        var stock = trainer.model("stock");
        assertThat(stock.positionProperty().get()).isEqualTo(4);
        assertThat(stock.lagProperty().get()).isZero();
        assertThat(stock.stateProperty().get()).isEqualTo("RUNNING");
    }

    @Test
    void pause_and_resume_change_what_is_shown_and_lag_grows_while_paused() {
        trainer.pause("stock");
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 1L));
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 1L));
        var stock = trainer.model("stock");
        assertThat(stock.stateProperty().get()).isEqualTo("PAUSED");
        assertThat(stock.lagProperty().get()).isEqualTo(2);
        assertThat(stock.progress().get()).isEqualTo(4 / 6.0);
        assertThat(trainer.model("locations").lagProperty().get()).isZero();
        assertThat(stock.messageProperty().get()).startsWith("Paused");
        trainer.sample();
        rig.clock.addAndGet(1500);
        trainer.sample();
        assertThat(stock.lagMillisProperty().get()).isEqualTo(1500);

        trainer.resume("stock");
        assertThat(stock.stateProperty().get()).isEqualTo("RUNNING");
        assertThat(stock.lagProperty().get()).isZero();
        assertThat(stock.lagMillisProperty().get()).isZero();
    }

    @Test
    void samples_lag_over_time_for_the_chart_and_keeps_only_the_latest() {
        trainer.pause("activity");
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 1L));
        for (int i = 0; i < TrainerViewModel.SAMPLES_KEPT + 5; i++) {
            rig.clock.addAndGet(1000);
            trainer.sample();
        }
        var samples = trainer.samples("activity");
        assertThat(samples).hasSize(TrainerViewModel.SAMPLES_KEPT);
        assertThat(samples.get(samples.size() - 1)).isEqualTo(new LagSample(125, 1));
        assertThat(trainer.samples("stock").get(0).lag()).isZero();
    }

    @Test
    void rebuild_shows_its_progress_and_a_delay_is_sent_as_set() {
        trainer.delay("locations", 1500);
        assertThat(trainer.model("locations").delayMillisProperty().get()).isEqualTo(1500);
        trainer.rebuild("stock");
        assertThat(trainer.model("stock").stateProperty().get()).isEqualTo("RUNNING");
        assertThat(trainer.model("stock").messageProperty().get()).startsWith("Rebuilt:");
    }

    @Test
    void a_server_without_a_break_switch_is_tolerated_and_the_switch_hidden() {
        trainer.breakModel("stock");
        assertThat(trainer.model("stock").stateProperty().get()).isEqualTo("FAILED");
        assertThat(trainer.model("stock").lastErrorProperty().get()).isEqualTo("broken on purpose");
        rig.api.setBreakable(false);
        trainer.breakModel("locations");
        assertThat(trainer.breakAvailableProperty().get()).isFalse();
        assertThat(trainer.model("locations").messageProperty().get())
                .isEqualTo("This server has no break switch.");
    }

    @Test
    void the_log_tail_runs_on_while_every_read_model_is_paused() {
        rig.api.defineBin("B-03");
        trainer.pause("stock");
        trainer.pause("locations");
        trainer.pause("activity");
        rig.form.kindProperty().set(tally.client.command.CommandKind.RECEIVE);
        rig.form.value(tally.client.command.Field.SKU).set("SKU-2");
        rig.form.value(tally.client.command.Field.LOCATION).set("B-03");
        rig.form.value(tally.client.command.Field.QUANTITY).set("2");
        rig.form.submit();

        assertThat(rig.log.events()).extracting(e -> e.position() + " " + e.type())
                .startsWith("5 StockReceived", "4 StockReceived");
        assertThat(rig.activity.items()).extracting(i -> i.position()).startsWith(4L);
    }

    @Test
    void the_log_tail_tells_who_did_each_event() {
        rig.api.actAs("trainee-7");
        rig.api.otherClient("receive-stock", tally.client.testing.CommandBody.of("sku", "SKU-2",
                "location", "B-03", "quantity", 2L));

        assertThat(rig.log.events()).extracting(e -> e.position() + " " + e.user())
                .startsWith("5 trainee-7", "4 operator");
    }

    @Test
    void only_a_trainer_or_an_admin_gets_the_controls() {
        assertThat(trainer.controlsProperty().get()).isTrue();
        for (String user : java.util.List.of("operator", "supervisor", "trainer", "admin")) {
            var other = new ViewModelRig().seeded().signedInAs(user);
            assertThat(other.trainer.controlsProperty().get()).as(user)
                    .isEqualTo(user.equals("trainer") || user.equals("admin"));
        }
    }

    @Test
    void without_the_controls_a_pause_is_not_even_asked_for() {
        var operator = new ViewModelRig().seeded().signedInAs("operator");
        operator.trainer.pause("stock");
        operator.trainer.delay("stock", 500);

        assertThat(operator.api.state("stock")).isEqualTo("RUNNING");
        assertThat(operator.session.phaseProperty().get())
                .isEqualTo(tally.client.session.SessionViewModel.Phase.SIGNED_IN);
    }
}
