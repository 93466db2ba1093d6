package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.command.CommandKind;
import tally.client.command.Field;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

/** The lessons as the console wires them, over the fake server, on the rig's clock. */
class LessonsViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final LessonsViewModel vm = rig.lessons;

    private void receive(String sku, String bin) {
        rig.api.otherClient("receive-stock", CommandBody.of("sku", sku, "location", bin,
                "quantity", 1L));
    }

    private void secondsLater(double seconds) {
        rig.clock.addAndGet((long) (seconds * 1000));
        vm.tick();
    }

    @Test
    void lesson_1_delays_stock_runs_traffic_a_while_and_sees_the_lag_and_the_catch_up() {
        var lesson = vm.lesson(1);
        lesson.setUp();
        assertThat(rig.api.training.calls).containsExactly("traffic 10");
        assertThat(rig.api.projections().getFirst().delayMillis()).isEqualTo(1500);
        assertThat(lesson.verdictProperty().get().sentence()).isEqualTo("stock has not lagged yet");
        // The fake applies at once: paused, stock lags as a delayed one would.
        rig.api.controlProjection("stock", "pause");
        for (int i = 0; i < 6; i++) {
            receive("SKU-1", "A-01");
        }
        secondsLater(2);
        assertThat(lesson.verdictProperty().get().sentence()).startsWith("stock is 6 events");
        secondsLater(4);
        assertThat(rig.api.training.calls).containsExactly("traffic 10", "stop traffic");
        assertThat(lesson.noteProperty().get()).startsWith("The traffic stopped after 6.0 s");
        rig.api.controlProjection("stock", "resume");
        secondsLater(1);
        assertThat(lesson.verdictProperty().get().state()).isEqualTo(Verdict.State.SEEN);
        assertThat(lesson.verdictProperty().get().sentence())
                .matches("stock fell 6 events \\(\\d+\\.\\d s\\) behind, then caught up at"
                        + " position 10");
    }

    @Test
    void lesson_1_fails_when_stock_keeps_up() {
        var lesson = vm.lesson(1);
        lesson.setUp();
        receive("SKU-1", "A-01");
        secondsLater(6);
        secondsLater(LagCheck.GRACE_MILLIS / 1000.0);
        assertThat(lesson.verdictProperty().get().state()).isEqualTo(Verdict.State.FAILED);
    }

    @Test
    void lesson_2_fails_when_both_read_models_apply_the_receive_together() {
        // The fake has no delays: both read models apply the second operator's receive at
        // once (the check's success is LessonChecks' and the real server's to show).
        var lesson = vm.disagreeLesson();
        rig.form.value(Field.SKU).set("SKU-1");
        lesson.setUp();
        assertThat(rig.api.training.calls).containsExactly("second operator receive-stock SKU-1");
        assertThat(rig.api.projections().get(1).delayMillis()).isEqualTo(3000);
        assertThat(lesson.stockSideProperty().get()).isEqualTo("41 of SKU-1 at A-01\nat"
                + " position 5");
        assertThat(lesson.locationsSideProperty().get()).isEqualTo("A-01 holds 41 of SKU-1\nat"
                + " position 5");
        assertThat(lesson.verdictProperty().get().state()).isEqualTo(Verdict.State.FAILED);
        assertThat(lesson.verdictProperty().get().sentence()).startsWith(
                "stock and locations never disagreed: both said 41 of SKU-1 at A-01");
    }

    @Test
    void lesson_3_sees_the_forms_stale_refusal() {
        var lesson = vm.lesson(3);
        lesson.setUp();
        assertThat(lesson.noteProperty().get()).startsWith("First choose a product");
        rig.form.lookAt(rig.stock.find("SKU-1").orElseThrow());
        lesson.setUp();
        assertThat(lesson.verdictProperty().get().sentence())
                .isEqualTo("waiting for your command on SKU-1: the form still expects version 2");
        rig.form.kindProperty().set(CommandKind.RECEIVE);
        rig.form.value(Field.LOCATION).set("A-01");
        rig.form.value(Field.QUANTITY).set("1");
        rig.form.submit();
        assertThat(lesson.verdictProperty().get()).isEqualTo(Verdict.seen(
                "your command was refused: SKU-1 changed at position 5 after you looked at"
                        + " version 2"));
    }

    @Test
    void lesson_3_says_plainly_that_it_needs_the_operator_role() {
        var trainer = new ViewModelRig().seeded().signedInAs("trainer");
        var lesson = trainer.lessons.lesson(3);
        lesson.setUp();
        assertThat(lesson.noteProperty().get()).startsWith("This lesson needs the operator role");
        assertThat(trainer.api.training.calls).isEmpty();
        assertThat(lesson.verdictProperty().get().state()).isEqualTo(Verdict.State.IDLE);
    }

    @Test
    void lesson_6_sees_the_order_wait_for_the_allocation() {
        var lesson = vm.lesson(6);
        lesson.setUp();
        assertThat(rig.api.state("allocation")).isEqualTo("PAUSED");
        assertThat(lesson.verdictProperty().get().sentence())
                .isEqualTo("order TRAIN-1 has been PLACED for 0.0 s: press Resume on the"
                        + " allocation's card");
        rig.clock.addAndGet(8_400);
        rig.api.controlProjection("allocation", "resume");
        assertThat(lesson.verdictProperty().get().state()).isEqualTo(Verdict.State.SEEN);
        assertThat(lesson.verdictProperty().get().sentence()).startsWith(
                "order TRAIN-1 stayed PLACED for 8.4 s, then was allocated (ALLOCATED)");
    }

    @Test
    void reset_stops_the_traffic_takes_delays_off_and_resumes_every_read_model() {
        vm.lesson(4).setUp();
        assertThat(rig.api.state("stock")).isEqualTo("FAILED");
        rig.api.delayProjection("locations", 3000);
        rig.api.controlProjection("orders", "pause");
        vm.lesson(4).reset();
        assertThat(rig.api.training.calls).containsExactly("traffic 5", "stop traffic");
        assertThat(rig.api.projections()).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo("RUNNING");
            assertThat(p.delayMillis()).isZero();
        });
        assertThat(vm.lesson(4).noteProperty().get()).startsWith("Reset: the traffic is stopped");
    }

    @Test
    void reset_stops_a_longer_history_and_ends_a_paced_rebuild_at_full_speed() {
        rig.api.training.slowRebuilds = true;
        vm.lesson(5).setUp();
        secondsLater(1); // the fake's short log is grown first, then the rebuild starts
        assertThat(rig.api.projections().getFirst().rebuildEventsPerSecond()).isEqualTo(2000);
        rig.api.training.historyRunning(200_000);

        vm.lesson(5).reset();

        assertThat(rig.api.training.calls).endsWith("stop traffic", "stop history");
        var stock = rig.api.projections().getFirst();
        assertThat(stock.state()).isEqualTo("RUNNING");
        assertThat(stock.rebuildEventsPerSecond()).isNull();
        assertThat(rig.api.training.training().history().running()).isFalse();
        assertThat(vm.lesson(5).noteProperty().get()).isEqualTo("Reset: the traffic is stopped,"
                + " the longer history too, no read model is delayed, all of them run; stock"
                + " rebuilds at full speed.");
    }

    @Test
    void a_lesson_set_up_after_another_is_the_only_one_watching() {
        vm.lesson(1).setUp();
        vm.lesson(4).setUp();
        secondsLater(7);
        // Lesson 1 would have stopped its traffic after 6 s: lesson 4's traffic runs on.
        assertThat(rig.api.training.calls).containsExactly("traffic 10", "traffic 5");
        assertThat(vm.lesson(1).verdictProperty().get().sentence())
                .isEqualTo("stock has not lagged yet");
    }

    @Test
    void the_traffic_control_starts_and_stops_and_shows_the_counts() {
        var traffic = vm.traffic();
        traffic.rateProperty().set(25);
        traffic.start();
        assertThat(traffic.saidProperty().get())
                .isEqualTo("Running at 25 a second: 7 accepted, 0 refused.");
        traffic.stop();
        vm.tick();
        assertThat(traffic.saidProperty().get()).isEqualTo("Stopped: 7 accepted, 0 refused.");
        assertThat(traffic.runningProperty().get()).isFalse();
    }
}
