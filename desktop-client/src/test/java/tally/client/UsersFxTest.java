package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.api.WireShapes.UserAccount;
import tally.client.testing.FakeSessions;
import tally.client.testing.FakeTallyApi;
import tally.client.ui.FxUiExecutor;

/** The admin screen of the real console, headless, over the fake server. */
@ExtendWith(ApplicationExtension.class)
class UsersFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        console = new TallyConsole(api, ui, FakeSessions.demoUsers());
        console.showOn(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    private static TableView<UserAccount> users(FxRobot robot) {
        return robot.lookup("#usersTable").queryTableView();
    }

    private void openUsers(FxRobot robot) throws Exception {
        robot.clickOn("#demo-admin");
        eventually(() -> !robot.lookup("#signInScreen").query().isVisible());
        WaitForAsyncUtils.asyncFx(() -> console.showTab("users")).get();
        eventually(() -> users(robot).getItems().size() == 5);
        // The table draws its row cells on a later pulse: a loaded machine showed the items there
        // and the cells not yet.
        eventually(() -> robot.lookup("#usersTable .table-row-cell").queryAll().size() >= 5);
    }

    @Test
    void the_admin_adds_a_user_who_then_appears_in_the_list(FxRobot robot) throws Exception {
        openUsers(robot);
        robot.clickOn("#newUsername").write("kim").clickOn("#newDisplayName").write("Kim Lee")
                .clickOn("#newPassword").write("a-long-password")
                .clickOn("#newRole-operator").clickOn("#addUser");

        eventually(() -> users(robot).getItems().size() == 6);
        assertThat(text(robot, "#usersMessage")).isEqualTo("Added kim (operator).");
        assertThat(users(robot).getSelectionModel().getSelectedItem().username())
                .isEqualTo("kim");
        assertThat(text(robot, "#chosenUser")).isEqualTo("kim");
        assertThat(api.sessions().signIn("kim", "a-long-password").displayName())
                .isEqualTo("Kim Lee");
    }

    @Test
    void a_refusal_is_shown_by_its_field(FxRobot robot) throws Exception {
        openUsers(robot);
        robot.clickOn("#newUsername").write("operator").clickOn("#newPassword")
                .write("a-long-password").clickOn("#newRole-trainer").clickOn("#addUser");

        eventually(() -> robot.lookup("#newUsername-error").query().isVisible());
        assertThat(text(robot, "#newUsername-error"))
                .isEqualTo("operator is taken: choose another user name.");
        assertThat(robot.lookup("#newPassword-error").query().isVisible()).isFalse();
    }

    @Test
    void the_admin_disables_a_user_and_sets_roles(FxRobot robot) throws Exception {
        openUsers(robot);
        robot.clickOn(robot.lookup("#usersTable .table-row-cell").nth(3)
                .queryAs(javafx.scene.Node.class));
        eventually(() -> text(robot, "#chosenUser").equals("operator"));
        robot.clickOn("#toggleEnabled");
        eventually(() -> text(robot, "#chosenUser").equals("operator (disabled)"));
        robot.clickOn("#editRole-supervisor").clickOn("#saveUser");
        eventually(() -> text(robot, "#usersMessage").startsWith("Saved operator"));

        assertThat(api.sessions().users().items()).filteredOn(u -> u.username()
                .equals("operator")).singleElement().satisfies(u -> {
                    assertThat(u.enabled()).isFalse();
                    assertThat(u.roles()).containsExactly("operator", "supervisor");
                });
    }
}
