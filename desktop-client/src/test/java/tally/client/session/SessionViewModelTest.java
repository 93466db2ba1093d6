package tally.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.command.CommandKind;
import tally.client.command.Field;
import tally.client.session.SessionViewModel.Phase;
import tally.client.sync.Connection;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeSessions;
import tally.client.testing.ViewModelRig;

class SessionViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().signedInAs("operator");

    @Test
    void when_the_server_ends_the_session_the_same_user_is_asked_for_the_password_again() {
        rig.api.sessions().endAll();
        rig.product.show("SKU-1");

        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.ENDED);
        assertThat(rig.session.userProperty().get().username()).isEqualTo("operator");
        assertThat(rig.signIn.shownProperty().get()).isTrue();
        assertThat(rig.signIn.againProperty().get()).isTrue();
        assertThat(rig.signIn.usernameProperty().get()).isEqualTo("operator");
        assertThat(rig.signIn.titleProperty().get()).isEqualTo("Your session has ended");
        assertThat(rig.session.whoProperty().get())
                .isEqualTo("Session ended for Olga Operator (operator)");

        rig.signIn.passwordProperty().set(FakeSessions.password("operator"));
        rig.signIn.signIn();
        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_IN);
        assertThat(rig.signIn.shownProperty().get()).isFalse();
        assertThat(rig.session.whoProperty().get())
                .isEqualTo("Signed in as Olga Operator (operator)");
    }

    @Test
    void a_stream_refused_for_its_session_is_not_retried_until_signed_in_again() {
        rig.api.setDown(true);
        rig.api.setDown(false);
        rig.api.sessions().endAll();
        rig.ui.runDue();

        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.ENDED);
        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.DOWN);
        assertThat(rig.connection.statusProperty().get())
                .isEqualTo("The session has ended: sign in again to follow http://fake.tally:8080");
        assertThat(rig.ui.pendingDelays()).isEmpty();

        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 15L));
        rig.signIn.passwordProperty().set(FakeSessions.password("operator"));
        rig.signIn.signIn();
        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.CONNECTED);
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(25);
    }

    @Test
    void signing_out_gives_the_token_back_stops_following_and_clears_the_form() {
        rig.form.kindProperty().set(CommandKind.RECEIVE);
        rig.form.value(Field.SKU).set("SKU-1");
        rig.session.signOut();

        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(rig.session.whoProperty().get()).isEmpty();
        assertThat(rig.connection.stateProperty().get()).isEqualTo(Connection.State.DOWN);
        assertThat(rig.api.openStreams()).isZero();
        assertThat(rig.form.value(Field.SKU).get()).isEmpty();
        assertThat(rig.signIn.againProperty().get()).isFalse();
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 15L));
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(40);
    }

    @Test
    void someone_else_may_sign_in_instead_when_asked_again() {
        rig.form.value(Field.SKU).set("SKU-1");
        rig.api.sessions().endAll();
        rig.product.show("SKU-1");
        rig.signIn.someoneElse();

        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(rig.form.value(Field.SKU).get()).isEmpty();
        rig.signedInAs("supervisor");
        assertThat(rig.session.whoProperty().get())
                .isEqualTo("Signed in as Sam Supervisor (supervisor)");
    }
}
