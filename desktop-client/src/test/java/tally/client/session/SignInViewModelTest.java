package tally.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import tally.client.session.SessionViewModel.Phase;
import tally.client.testing.FakeSessions;
import tally.client.testing.ViewModelRig;

class SignInViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded();
    private final SignInViewModel signIn = rig.signIn;

    private void tryWith(String username, String password) {
        signIn.usernameProperty().set(username);
        signIn.passwordProperty().set(password);
        signIn.signIn();
    }

    @Test
    void signs_in_and_says_who_with_which_roles_and_then_follows_the_server() {
        tryWith("operator", FakeSessions.password("operator"));

        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_IN);
        assertThat(rig.session.whoProperty().get())
                .isEqualTo("Signed in as Olga Operator (operator)");
        assertThat(signIn.shownProperty().get()).isFalse();
        assertThat(signIn.passwordProperty().get()).isEmpty();
        assertThat(rig.stock.rows()).hasSize(2);
    }

    @Test
    void a_wrong_password_is_said_plainly_and_cleared() {
        tryWith("operator", "not-the-password");

        assertThat(signIn.messageProperty().get()).isEqualTo("Wrong user name or password.");
        assertThat(signIn.passwordProperty().get()).isEmpty();
        assertThat(signIn.usernameProperty().get()).isEqualTo("operator");
        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(rig.api.streamsOpenedFrom).isEmpty();
    }

    @Test
    void too_many_tries_say_how_long_to_wait() {
        for (int i = 0; i < 5; i++) {
            tryWith("operator", "wrong-" + i);
        }
        tryWith("operator", FakeSessions.password("operator"));

        assertThat(signIn.messageProperty().get())
                .isEqualTo("Too many tries: wait 60 s, then try again.");
        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_OUT);
    }

    @Test
    void an_unreachable_server_is_told_apart_from_a_refusal() {
        rig.api.setDown(true);
        tryWith("operator", FakeSessions.password("operator"));

        assertThat(signIn.messageProperty().get()).startsWith(
                        "Cannot reach the server at http://fake.tally:8080 (no answer from")
                .endsWith("Check that it is running and that the address is right.");
    }

    @Test
    void what_is_missing_is_said_before_anything_is_sent() {
        tryWith("", "whatever-it-is");
        assertThat(signIn.messageProperty().get()).isEqualTo("Enter your user name.");
        tryWith("operator", "");
        assertThat(signIn.messageProperty().get()).isEqualTo("Enter your password.");
        assertThat(rig.session.phaseProperty().get()).isEqualTo(Phase.SIGNED_OUT);
    }

    @Test
    void remembers_the_last_user_name_for_the_server_and_offers_it_after_signing_out() {
        tryWith("operator", FakeSessions.password("operator"));
        URI server = URI.create("http://fake.tally:8080");
        assertThat(rig.memory.recall(server)).contains("operator");

        rig.session.signOut();
        assertThat(signIn.usernameProperty().get()).isEqualTo("operator");
        assertThat(signIn.passwordProperty().get()).isEmpty();
        assertThat(signIn.shownProperty().get()).isTrue();

        var next = new SignInViewModel(rig.api, rig.ui, new SessionViewModel(rig.api, rig.ui),
                rig.memory);
        assertThat(next.usernameProperty().get()).isEqualTo("operator");
    }

    @Test
    void a_demo_user_signs_in_with_one_click() {
        signIn.demoUsers().setAll(FakeSessions.demoUsers().stream()
                .map(d -> new DemoUser(d.username(), d.password(), d.role())).toList());
        signIn.signInAs(signIn.demoUsers().get(3));

        assertThat(rig.session.userProperty().get().username()).isEqualTo("trainer");
        assertThat(rig.session.userProperty().get().roles()).containsExactly("trainer");
    }
}
