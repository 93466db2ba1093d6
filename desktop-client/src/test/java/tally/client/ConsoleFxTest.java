package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.stock.StockOverviewRow;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/** The real console's views, headless, over the fake server: keyboard, refusals, live rows. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        console = new TallyConsole(api, ui);
        console.showOn(stage);
    }

    /** Every test starts signed in, through the sign-in screen, as a user with every role. */
    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        SigningIn.as(robot, "owner");
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    private static StockOverviewRow row(FxRobot robot, String sku) {
        TableView<StockOverviewRow> table = robot.lookup("#stockTable").queryTableView();
        return table.getItems().stream().filter(r -> r.sku().equals(sku)).findFirst().orElse(null);
    }

    /** Visible itself and in every parent: a field of another command is in a hidden box. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#sku").query().getScene().getFocusOwner();
    }

    @Test
    void a_scanner_types_a_code_and_enter_and_the_last_enter_submits(FxRobot robot)
            throws Exception {
        api.defineBin("A-02");
        eventually(() -> text(robot, "#status").startsWith("Connected to http://fake.tally:8080"));
        eventually(() -> row(robot, "SKU-1") != null);
        // Location first, the way a picker walks: the bin's code, then the product's.
        robot.clickOn("#location").write("A-02").type(KeyCode.ENTER);
        assertThat(focused(robot).getId()).isEqualTo("sku");
        robot.write("SKU-1").type(KeyCode.ENTER).write("5").type(KeyCode.ENTER);
        assertThat(focused(robot).getId()).isEqualTo("reference");
        robot.type(KeyCode.ENTER);

        eventually(() -> row(robot, "SKU-1").onHand() == 45);
        // The row comes with the stream's message, which the server sends before it answers;
        // the form's message, cleared fields and focus come with the answer, a moment later.
        eventually(() -> !text(robot, "#formMessage").startsWith("Sending"));
        assertThat(text(robot, "#formMessage")).startsWith("Received 5 of SKU-1 at A-02");
        assertThat(api.commandBodies.get(api.commandBodies.size() - 1))
                .containsEntry("expectedVersion", 2L);
        assertThat(focused(robot).getId()).isEqualTo("location");
        assertThat(robot.lookup("#sku").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void a_row_the_operator_picks_in_the_overview_is_what_the_form_acts_on(FxRobot robot)
            throws Exception {
        eventually(() -> row(robot, "SKU-1") != null);
        robot.clickOn(robot.lookup("#stockTable .table-row-cell").nth(0).queryAs(Node.class));
        eventually(() -> text(robot, "#lookedAt").startsWith("You are looking at SKU-1"));
        assertThat(robot.lookup("#sku").queryAs(TextField.class).getText()).isEqualTo("SKU-1");
        assertThat(text(robot, "#lookedAt")).contains("40 on hand, version 2.");

        api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 1L));
        eventually(() -> row(robot, "SKU-1").onHand() == 39);
        assertThat(robot.lookup("#sku").queryAs(TextField.class).getText()).isEqualTo("SKU-1");
        assertThat(text(robot, "#lookedAt")).endsWith("now 39 on hand, version 3.");
    }

    @Test
    void alt_and_a_letter_choose_the_command_and_its_fields(FxRobot robot) throws Exception {
        eventually(() -> row(robot, "SKU-1") != null);
        robot.clickOn("#sku");
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#from")).isTrue();
        assertThat(shown(robot, "#location")).isFalse();
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#location")).isTrue();
        assertThat(shown(robot, "#reference")).isTrue();
        assertThat(shown(robot, "#from")).isFalse();
    }

    @Test
    void a_refusal_is_shown_in_plain_words_by_its_field(FxRobot robot) throws Exception {
        eventually(() -> row(robot, "SKU-1") != null);
        robot.clickOn("#kind-pick").clickOn("#location").write("A-01").type(KeyCode.ENTER)
                .write("SKU-1").type(KeyCode.ENTER).write("99");
        robot.clickOn("#submit");

        eventually(() -> robot.lookup("#quantity-error").query().isVisible());
        assertThat(text(robot, "#quantity-error")).startsWith("Not enough SKU-1 at A-01");
        assertThat(focused(robot).getId()).isEqualTo("quantity");
        assertThat(row(robot, "SKU-1").onHand()).isEqualTo(40);

        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("9").type(KeyCode.ENTER)
                .type(KeyCode.ENTER);
        eventually(() -> row(robot, "SKU-1").onHand() == 31);
        assertThat(robot.lookup("#quantity-error").query().isVisible()).isFalse();
        // The answer comes after the row: left to arrive after the test, it would find the
        // console stopped and fail whichever test runs next.
        eventually(() -> !text(robot, "#formMessage").startsWith("Sending"));
        assertThat(text(robot, "#formMessage")).startsWith("Picked 9 of SKU-1");
    }

    @Test
    void a_change_made_by_another_client_appears_live(FxRobot robot) throws Exception {
        eventually(() -> row(robot, "SKU-1") != null);
        api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 35L));

        eventually(() -> row(robot, "SKU-1").onHand() == 5);
        assertThat(row(robot, "SKU-1").belowReorderPoint()).isTrue();
        eventually(() -> robot.lookup(".below-reorder").queryAll().size() == 1);
    }

    @Test
    void pending_turns_to_applied_when_the_trainer_resumes_the_read_model(FxRobot robot)
            throws Exception {
        eventually(() -> row(robot, "SKU-1") != null);
        console.showTab("trainer");
        robot.clickOn("#pause-stock");
        eventually(() -> text(robot, "#state-stock").equals("PAUSED"));

        robot.clickOn("#location").write("A-01").type(KeyCode.ENTER).write("SKU-1")
                .type(KeyCode.ENTER).write("7").type(KeyCode.ENTER).type(KeyCode.ENTER);
        eventually(() -> row(robot, "SKU-1").pending());
        assertThat(row(robot, "SKU-1").stateText()).isEqualTo("pending… (3)");
        assertThat(text(robot, "#lag-stock")).startsWith("position 2 of 3 · lag 1 event, ");

        robot.clickOn("#resume-stock");
        eventually(() -> text(robot, "#state-stock").equals("RUNNING"));
        eventually(() -> !row(robot, "SKU-1").pending());
        assertThat(row(robot, "SKU-1").stateText()).isEqualTo("✓ applied (3)");
        assertThat(row(robot, "SKU-1").onHand()).isEqualTo(47);
        assertThat(text(robot, "#lag-stock")).isEqualTo("position 3 of 3 · lag 0 events, 0 ms");
    }

    @Test
    void says_so_when_the_server_is_down_and_recovers_when_it_is_back(FxRobot robot)
            throws Exception {
        eventually(() -> text(robot, "#status").startsWith("Connected"));
        api.setDown(true);
        eventually(() -> text(robot, "#status").startsWith("Server unreachable"));
        assertThat(text(robot, "#status")).contains("retrying in");

        api.setDown(false);
        api.otherClient("register-product", CommandBody.of("sku", "SKU-2", "name", "Late"));
        eventually(() -> text(robot, "#status").startsWith("Connected"));
        eventually(() -> row(robot, "SKU-2") != null);
    }
}
