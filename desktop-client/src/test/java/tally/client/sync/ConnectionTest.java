package tally.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class ConnectionTest {

    @Test
    void connects_by_querying_a_snapshot_then_following_the_stream_from_its_position() {
        var rig = new ViewModelRig().seeded().started();

        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
        assertThat(rig.connection.statusProperty().get())
                .isEqualTo("Connected to http://fake.tally:8080 at position 4");
        assertThat(rig.api.streamsOpenedFrom).containsExactly(OptionalLong.of(4));
        assertThat(rig.stock.rows()).extracting(r -> r.sku() + "=" + r.onHand())
                .containsExactly("SKU-1=40", "SKU-2=20");
    }

    @Test
    void says_plainly_when_the_server_is_down_and_keeps_retrying() {
        var rig = new ViewModelRig();
        rig.api.setDown(true);
        rig.connection.start();

        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.DOWN);
        assertThat(rig.connection.statusProperty().get()).isEqualTo(
                "Server unreachable at http://fake.tally:8080 (connection refused)"
                        + " — retrying in 0.5 s");
        rig.ui.runDue();
        rig.ui.runDue();
        assertThat(rig.connection.statusProperty().get()).endsWith("retrying in 2 s");
        assertThat(rig.ui.pendingDelays()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void after_the_server_restarts_it_reconnects_and_resynchronises_by_itself() {
        var rig = new ViewModelRig().seeded().started();
        rig.api.setDown(true);
        assertThat(rig.connection.statusProperty().get()).startsWith("Server unreachable");

        rig.api.setDown(false);
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 15L));
        rig.ui.runDue();

        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(25);
        assertThat(rig.api.streamsOpenedFrom).containsExactly(OptionalLong.of(4),
                OptionalLong.of(5));
        assertThat(rig.connection.statusProperty().get()).endsWith("at position 5");
    }

    @Test
    void a_server_back_on_a_smaller_log_is_taken_at_its_own_head_not_the_highest_ever_seen() {
        var rig = new ViewModelRig().seeded().started();
        assertThat(rig.connection.headProperty().get()).isEqualTo(4);

        rig.api.restartOnEmptyLog();
        rig.ui.runDue();
        assertThat(rig.connection.headProperty().get()).isZero();
        rig.api.otherClient("register-product", CommandBody.of("sku", "SKU-9", "name", "Nine"));

        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
        assertThat(rig.connection.headProperty().get()).isEqualTo(1);
        assertThat(rig.connection.statusProperty().get()).endsWith("at position 1");
    }

    @Test
    void a_reset_makes_it_follow_the_stream_from_now_with_a_fresh_snapshot() {
        var rig = new ViewModelRig().seeded();
        rig.api.sendResetOnNextStreams(1);
        rig.started();

        assertThat(rig.api.streamsOpenedFrom).containsExactly(OptionalLong.of(4),
                OptionalLong.empty());
        assertThat(rig.api.openStreams()).isEqualTo(1);
        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
        assertThat(rig.stock.rows()).extracting(r -> r.sku() + "=" + r.onHand())
                .containsExactly("SKU-1=40", "SKU-2=20");
    }

    @Test
    void resets_in_a_row_are_spaced_out_rather_than_retried_at_once() {
        var rig = new ViewModelRig().seeded();
        rig.api.sendResetOnNextStreams(4);
        rig.started();

        assertThat(rig.api.streamsOpenedFrom).hasSize(3);
        assertThat(rig.ui.pendingDelays()).containsExactly(Duration.ofMillis(500));
        rig.ui.runDue();
        assertThat(rig.ui.pendingDelays()).containsExactly(Duration.ofSeconds(1));
        rig.ui.runDue();
        assertThat(rig.api.streamsOpenedFrom).hasSize(5);
        assertThat(rig.api.openStreams()).isEqualTo(1);
        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
    }

    @Test
    void a_change_made_before_the_server_subscribed_a_stream_from_now_is_not_lost() {
        var rig = new ViewModelRig().seeded();
        rig.api.sendResetOnNextStreams(1);
        rig.api.holdNewStreams();
        rig.started();
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(40);

        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 15L));
        rig.api.subscribeHeldStreams();
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(40);
        rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2", "location", "B-02",
                "quantity", 1L));

        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(25);
        assertThat(rig.stock.find("SKU-2").orElseThrow().onHand()).isEqualTo(21);
        assertThat(rig.connection.headProperty().get()).isEqualTo(6);
    }

    @Test
    void a_server_that_answers_queries_but_refuses_the_stream_is_asked_less_and_less_often() {
        var rig = new ViewModelRig().seeded();
        rig.api.holdNewStreams();
        rig.started();
        for (int i = 0; i < 3; i++) {
            assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
            rig.api.refuseHeldStreams();
            if (i < 2) {
                rig.ui.runDue();
            }
        }

        assertThat(rig.ui.pendingDelays()).containsExactly(Duration.ofSeconds(2));
        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.DOWN);
        assertThat(rig.connection.statusProperty().get()).isEqualTo(
                "Server at http://fake.tally:8080 answered 404 not-found — retrying in 2 s");
    }

    @Test
    void once_stopped_it_neither_listens_nor_retries() {
        var rig = new ViewModelRig().seeded().started();
        rig.connection.stop();
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 15L));

        assertThat(rig.api.openStreams()).isZero();
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(40);
        assertThat(rig.ui.pendingDelays()).isEmpty();
    }
}
