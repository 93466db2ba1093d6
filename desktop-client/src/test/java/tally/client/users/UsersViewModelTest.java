package tally.client.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tally.client.api.ProblemException;
import tally.client.api.WireShapes.UserAccount;
import tally.client.testing.FakeSessions;
import tally.client.testing.ViewModelRig;

class UsersViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().signedInAs("admin");
    private final UsersViewModel users = rig.users;
    private final UserFields adding = users.adding();
    private final UserFields changing = users.changing();

    private UserAccount user(String name) {
        return users.users().stream().filter(u -> u.username().equals(name)).findFirst()
                .orElseThrow();
    }

    private void fillNew(String name, String display, String password, String... roles) {
        adding.username.set(name);
        adding.displayName.set(display);
        adding.password.set(password);
        adding.chooseRoles(java.util.List.of(roles));
    }

    @Test
    void lists_every_user_with_roles_and_whether_enabled() {
        users.load();
        assertThat(users.users()).extracting(UserAccount::username)
                .containsExactly("owner", "admin", "supervisor", "operator", "trainer");
        assertThat(user("operator").roles()).containsExactly("operator");
        assertThat(users.messageProperty().get()).isEqualTo("5 users.");
    }

    @Test
    void adds_a_user_who_can_then_sign_in() {
        users.load();
        fillNew("kim", "Kim Lee", "a-long-password", "operator", "trainer");
        users.add();

        assertThat(users.messageProperty().get()).isEqualTo("Added kim (operator, trainer).");
        assertThat(user("kim").displayName()).isEqualTo("Kim Lee");
        assertThat(users.chosenProperty().get().username()).isEqualTo("kim");
        assertThat(adding.username.get()).isEmpty();
        assertThat(adding.password.get()).isEmpty();
        assertThat(rig.api.sessions().signIn("kim", "a-long-password").roles())
                .containsExactly("operator", "trainer");
    }

    @Test
    void refusals_are_shown_by_their_field() {
        fillNew("kim", "", "short", "operator");
        users.add();
        assertThat(adding.errors.get("password").get()).isEqualTo("10-200 characters");
        assertThat(adding.errors.get("username").get()).isEmpty();
        assertThat(users.messageProperty().get()).isEqualTo("Not done: see the fields marked.");

        fillNew("operator", "", "a-long-password", "operator");
        users.add();
        assertThat(adding.errors.get("username").get())
                .isEqualTo("operator is taken: choose another user name.");
        assertThat(adding.errors.get("password").get()).isEmpty();

        fillNew("Kim Lee", "", "a-long-password", "operator");
        users.add();
        assertThat(adding.errors.get("username").get())
                .isEqualTo("1-40 characters of a-z 0-9 . _ -");
    }

    @Test
    void what_is_missing_is_said_before_anything_is_sent() {
        fillNew("", "", "");
        users.add();
        assertThat(adding.errors.get("username").get()).isEqualTo("Enter a user name.");
        assertThat(adding.errors.get("password").get()).isEqualTo("Enter a password.");
        assertThat(adding.errors.get("roles").get()).isEqualTo("Choose at least one role.");
        assertThat(rig.api.sessions().users().items()).hasSize(5);
    }

    @Test
    void sets_the_roles_of_the_chosen_user() {
        users.load();
        users.choose(user("operator"));
        assertThat(changing.roles.get("operator").get()).isTrue();
        changing.roles.get("supervisor").set(true);
        users.save();

        assertThat(user("operator").roles()).containsExactly("operator", "supervisor");
        assertThat(users.messageProperty().get())
                .isEqualTo("Saved operator: roles operator, supervisor.");

        changing.chooseRoles(java.util.List.of());
        users.save();
        assertThat(changing.errors.get("roles").get()).isEqualTo("Choose at least one role.");
    }

    @Test
    void disables_a_user_whose_sessions_then_end_and_enables_them_again() {
        String operatorsToken = rig.api.sessions().signIn("operator",
                FakeSessions.password("operator")).token();
        users.load();
        users.choose(user("operator"));
        users.toggleEnabled();

        assertThat(user("operator").enabled()).isFalse();
        assertThat(users.messageProperty().get())
                .isEqualTo("Disabled operator: their sessions have ended.");
        assertThatThrownBy(() -> rig.api.sessions().authorize(operatorsToken, FakeSessions.ANY))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(401));

        users.toggleEnabled();
        assertThat(user("operator").enabled()).isTrue();
        assertThat(users.messageProperty().get()).isEqualTo("Enabled operator.");
    }

    @Test
    void resets_a_password() {
        users.load();
        users.choose(user("operator"));
        changing.password.set("short");
        users.resetPassword();
        assertThat(changing.errors.get("password").get()).isEqualTo("10-200 characters");

        changing.password.set("a-brand-new-one");
        users.resetPassword();
        assertThat(users.messageProperty().get()).isEqualTo("New password set for operator.");
        assertThat(changing.password.get()).isEmpty();
        assertThat(rig.api.sessions().signIn("operator", "a-brand-new-one").username())
                .isEqualTo("operator");
    }

    @Test
    void a_user_without_the_admin_role_is_refused_by_the_server_too() {
        var operator = new ViewModelRig().signedInAs("operator");
        operator.users.load();
        assertThat(operator.users.messageProperty().get()).startsWith("Not done: forbidden")
                .contains("only admin may");
    }
}
