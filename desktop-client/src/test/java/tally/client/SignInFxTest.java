package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.stock.StockOverviewRow;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeSessions;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/**
 * Signing in at the real console, headless, over the fake server: the screen, the demo users,
 * what each role is offered, and a session that ends while the operator is filling the form.
 */
@ExtendWith(ApplicationExtension.class)
class SignInFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        console = new TallyConsole(api, ui, FakeSessions.demoUsers());
        console.showOn(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    /** Visible itself and in every parent, and in the scene at all. */
    private static boolean shown(FxRobot robot, String query) {
        var found = robot.lookup(query).tryQuery();
        if (found.isEmpty()) {
            return false;
        }
        for (Node n = found.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static long onHand(FxRobot robot, String sku) {
        TableView<StockOverviewRow> table = robot.lookup("#stockTable").queryTableView();
        return table.getItems().stream().filter(r -> r.sku().equals(sku)).findFirst()
                .map(StockOverviewRow::onHand).orElse(-1L);
    }

    private static boolean hasTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().anyMatch(t -> id.equals(t.getId()));
    }

    @Test
    void a_wrong_password_is_said_and_the_right_one_signs_in_and_shows_who(FxRobot robot)
            throws Exception {
        assertThat(shown(robot, "#signInScreen")).isTrue();
        assertThat(text(robot, "#signInIntro")).isEqualTo("Server http://fake.tally:8080");
        SigningIn.with(robot, "operator", "not-my-password");
        eventually(() -> text(robot, "#signInMessage").equals("Wrong user name or password."));
        assertThat(robot.lookup("#password").queryAs(TextField.class).getText()).isEmpty();

        robot.clickOn("#password").write(FakeSessions.password("operator")).type(KeyCode.ENTER);
        eventually(() -> !shown(robot, "#signInScreen"));
        eventually(() -> text(robot, "#status").startsWith("Connected to"));
        assertThat(text(robot, "#signedIn")).isEqualTo("Signed in as Olga Operator (operator)");
        assertThat(shown(robot, "#signOut")).isTrue();
    }

    @Test
    void the_demo_users_are_offered_and_one_click_signs_in(FxRobot robot) throws Exception {
        assertThat(shown(robot, "#demoUsers")).isTrue();
        assertThat(robot.lookup("#demoUsers .button").queryAll()).hasSize(4);

        robot.clickOn("#demo-supervisor");
        eventually(() -> !shown(robot, "#signInScreen"));
        assertThat(text(robot, "#signedIn")).isEqualTo("Signed in as Sam Supervisor (supervisor)");
        assertThat(shown(robot, "#kind-register")).isTrue();
    }

    @Test
    void an_operator_is_not_offered_what_an_operator_may_not_do(FxRobot robot) throws Exception {
        robot.clickOn("#demo-operator");
        eventually(() -> text(robot, "#status").startsWith("Connected to"));

        assertThat(shown(robot, "#kind-receive")).isTrue();
        assertThat(shown(robot, "#kind-count")).isTrue();
        assertThat(shown(robot, "#kind-register")).isFalse();
        assertThat(hasTab(robot, "users")).isFalse();
        WaitForAsyncUtils.asyncFx(() -> console.showTab("trainer")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#state-stock")).isTrue();
        assertThat(shown(robot, "#pause-stock")).isFalse();
        assertThat(shown(robot, "#delay-stock")).isFalse();
    }

    @Test
    void a_trainer_gets_the_controls_and_no_command_form(FxRobot robot) throws Exception {
        robot.clickOn("#demo-trainer");
        eventually(() -> text(robot, "#status").startsWith("Connected to"));
        WaitForAsyncUtils.asyncFx(() -> console.showTab("trainer")).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#pause-stock")).isTrue();
        assertThat(shown(robot, "#commandForm")).isFalse();
        assertThat(hasTab(robot, "users")).isFalse();
    }

    @Test
    void when_the_session_ends_mid_form_it_asks_again_and_the_form_goes_through_as_typed(
            FxRobot robot) throws Exception {
        robot.clickOn("#demo-operator");
        eventually(() -> onHand(robot, "SKU-1") == 40);
        robot.clickOn("#location").write("A-01").type(KeyCode.ENTER).write("SKU-1")
                .type(KeyCode.ENTER).write("5").type(KeyCode.ENTER).write("PO-9");
        api.sessions().endAll();
        robot.type(KeyCode.ENTER);

        eventually(() -> shown(robot, "#signInScreen"));
        // The screen comes when the session is found ended, before the command's refusal
        // reaches the form.
        eventually(() -> !text(robot, "#formMessage").startsWith("Sending"));
        assertThat(text(robot, "#signInTitle")).isEqualTo("Your session has ended");
        TextField username = robot.lookup("#username").queryAs(TextField.class);
        assertThat(username.getText()).isEqualTo("operator");
        assertThat(username.isDisabled()).isTrue();
        assertThat(shown(robot, "#demoUsers")).isFalse();
        assertThat(robot.lookup("#quantity").queryAs(TextField.class).getText()).isEqualTo("5");
        assertThat(text(robot, "#formMessage")).startsWith("Not sent: the session has ended.");

        robot.write(FakeSessions.password("operator")).type(KeyCode.ENTER);
        eventually(() -> !shown(robot, "#signInScreen"));
        assertThat(robot.lookup("#reference").queryAs(TextField.class).getText())
                .isEqualTo("PO-9");
        assertThat(robot.lookup("#reference").query().getScene().getFocusOwner().getId())
                .as("the focus is back in the field the operator left").isEqualTo("reference");
        robot.type(KeyCode.ENTER);
        eventually(() -> onHand(robot, "SKU-1") == 45);
        // The row comes with the stream's message, which the server sends before it answers.
        eventually(() -> !text(robot, "#formMessage").startsWith("Sending"));
        assertThat(text(robot, "#formMessage")).startsWith("Received 5 of SKU-1 at A-01");
    }

    @Test
    void signing_out_brings_back_the_screen_with_the_last_user_name(FxRobot robot)
            throws Exception {
        SigningIn.as(robot, "operator");
        robot.clickOn("#sku").write("SKU-1");
        robot.clickOn("#signOut");

        eventually(() -> shown(robot, "#signInScreen"));
        assertThat(text(robot, "#signInTitle")).isEqualTo("Sign in to Tally");
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText())
                .isEqualTo("operator");
        SigningIn.as(robot, "owner");
        assertThat(robot.lookup("#sku").queryAs(TextField.class).getText()).isEmpty();
        assertThat(hasTab(robot, "users")).isTrue();
    }
}
