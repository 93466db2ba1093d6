package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/**
 * Scanner-first, in the real console over the fake server: each code typed and Enter, as a
 * scanner sends it. Location first; a barcode or a GS1-128 scan becomes its SKU; an unknown SKU
 * is said at once and can be registered on the spot; a quantity far above the usual asks once;
 * after every screen and command switch the focus is where the next scan goes.
 */
@ExtendWith(ApplicationExtension.class)
class ScanFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        api.assignBarcode("4006381333931", "SKU-1");
        console = new TallyConsole(api, ui);
        console.showOn(stage);
    }

    /** Signed in as a user with every role (so every screen and command is offered). */
    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        SigningIn.as(robot, "owner");
        eventually(() -> !robot.lookup("#stockTable").queryTableView().getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static String focused(FxRobot robot) {
        Node owner = robot.lookup("#tabs").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static void scan(FxRobot robot, String code) {
        robot.write(code).type(KeyCode.ENTER);
    }

    @Test
    void a_scanned_ean_13_becomes_its_sku_with_the_name_beside_it(FxRobot robot)
            throws Exception {
        robot.clickOn("#location");
        scan(robot, "A-01");
        scan(robot, "4006381333931");

        eventually(() -> "quantity".equals(focused(robot)));
        assertThat(field(robot, "#sku")).isEqualTo("SKU-1");
        assertThat(text(robot, "#productName")).isEqualTo("Blue widget");
        scan(robot, "5");
        robot.type(KeyCode.ENTER);
        eventually(() -> text(robot, "#formMessage").startsWith("Received 5 of SKU-1 at A-01"));
    }

    @Test
    void a_gs1_128_scan_fills_the_sku_and_the_quantity_from_its_count(FxRobot robot)
            throws Exception {
        robot.clickOn("#location");
        scan(robot, "A-01");
        // As a scanner sends it: symbology prefix, GTIN, batch, the GS separator, count.
        scan(robot, "]C10104006381333931" + "10LOT-7" + "\u001d" + "3012");

        eventually(() -> "quantity".equals(focused(robot)));
        assertThat(field(robot, "#sku")).isEqualTo("SKU-1");
        assertThat(field(robot, "#quantity")).isEqualTo("12");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        eventually(() -> text(robot, "#formMessage").startsWith("Received 12 of SKU-1"));
    }

    @Test
    void ctrl_enter_with_a_gs1_scan_still_in_the_sku_field_sends_its_sku_and_count(
            FxRobot robot) throws Exception {
        int before = api.commandNames.size();
        robot.clickOn("#location");
        scan(robot, "A-01");
        // The scan lands in the SKU field without its Enter; Ctrl+Enter sends the form.
        robot.write("]C10104006381333931" + "\u001d" + "307");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);

        eventually(() -> text(robot, "#formMessage").startsWith("Received 7 of SKU-1 at A-01"));
        assertThat(api.commandNames).hasSize(before + 1);
        assertThat(api.commandBodies.get(api.commandBodies.size() - 1))
                .containsEntry("sku", "SKU-1").containsEntry("quantity", 7L);
    }

    @Test
    void the_submit_button_with_an_ean_13_still_in_the_sku_field_sends_its_sku(FxRobot robot)
            throws Exception {
        robot.clickOn("#location");
        scan(robot, "A-01");
        robot.write("4006381333931");
        robot.clickOn("#quantity").write("3");
        robot.clickOn("#submit");

        eventually(() -> text(robot, "#formMessage").startsWith("Received 3 of SKU-1 at A-01"));
        assertThat(api.commandBodies.get(api.commandBodies.size() - 1))
                .containsEntry("sku", "SKU-1");
        assertThat(robot.lookup("#sku-error").query().isVisible()).isFalse();
    }

    @Test
    void an_unknown_sku_is_said_at_once_and_registered_on_the_spot(FxRobot robot)
            throws Exception {
        robot.clickOn("#location");
        scan(robot, "A-01");
        scan(robot, "FOO-9");

        eventually(() -> robot.lookup("#sku-error").query().isVisible());
        assertThat(text(robot, "#sku-error"))
                .isEqualTo("No product FOO-9: press Enter to register it.");
        assertThat(focused(robot)).isEqualTo("sku");

        robot.type(KeyCode.ENTER);
        eventually(() -> "name".equals(focused(robot)));
        assertThat(robot.lookup("#kind-register").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(field(robot, "#sku")).isEqualTo("FOO-9");
        scan(robot, "Foo bolt");
        robot.type(KeyCode.ENTER);

        eventually(() -> text(robot, "#formMessage").endsWith("Back to the receive."));
        assertThat(api.commandNames).contains("register-product");
        assertThat(robot.lookup("#kind-receive").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(field(robot, "#location")).isEqualTo("A-01");
        assertThat(field(robot, "#sku")).isEqualTo("FOO-9");
        assertThat(focused(robot)).isEqualTo("quantity");
    }

    @Test
    void an_unknown_barcode_is_given_to_a_sku_on_the_spot(FxRobot robot) throws Exception {
        robot.clickOn("#location");
        scan(robot, "A-01");
        scan(robot, "96385074");

        eventually(() -> robot.lookup("#sku-error").query().isVisible());
        assertThat(text(robot, "#sku-error")).isEqualTo(
                "No product has barcode 00000096385074: press Enter to give it to a SKU.");
        robot.type(KeyCode.ENTER);
        eventually(() -> "sku".equals(focused(robot))
                && robot.lookup("#kind-barcode").queryAs(ToggleButton.class).isSelected());
        assertThat(field(robot, "#barcode")).isEqualTo("00000096385074");
        scan(robot, "SKU-1");

        eventually(() -> text(robot, "#formMessage").endsWith("Back to the receive."));
        assertThat(api.barcode("96385074").sku()).isEqualTo("SKU-1");
        assertThat(field(robot, "#sku")).isEqualTo("SKU-1");
        assertThat(focused(robot)).isEqualTo("quantity");
    }

    @Test
    void a_quantity_far_above_the_usual_asks_once_and_the_next_enter_sends(FxRobot robot)
            throws Exception {
        int before = api.commandNames.size();
        robot.clickOn("#location");
        scan(robot, "A-01");
        scan(robot, "SKU-1");
        scan(robot, "5000");
        robot.type(KeyCode.ENTER);

        eventually(() -> robot.lookup("#quantity-error").query().isVisible());
        assertThat(text(robot, "#quantity-error")).isEqualTo("5000 is far above the usual for"
                + " SKU-1 (over 1000, none sent here yet): press Enter again to send.");
        assertThat(api.commandNames).hasSize(before);
        assertThat(focused(robot)).isEqualTo("reference");

        robot.type(KeyCode.ENTER);
        eventually(() -> text(robot, "#formMessage").startsWith("Received 5000 of SKU-1"));
        assertThat(api.commandNames).hasSize(before + 1);
    }

    @Test
    void after_every_screen_switch_the_focus_is_where_the_next_scan_goes(FxRobot robot)
            throws Exception {
        String[] expected = {"location", "location", "location", "location", "location",
            "location", "orderId", "pickOrder"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8};
        robot.clickOn("#stockFilter");
        for (int i = 0; i < digits.length; i++) {
            robot.push(KeyCode.SHORTCUT, digits[i]);
            String want = expected[i];
            eventually(() -> want.equals(focused(robot)));
            assertThat(focused(robot)).as("Ctrl+" + (i + 1)).isEqualTo(want);
        }
        // Half scanned, then a look elsewhere: back on the stock screen, the scan goes on.
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        eventually(() -> "location".equals(focused(robot)));
        scan(robot, "A-01");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        eventually(() -> "sku".equals(focused(robot)));
    }

    @Test
    void after_every_command_switch_the_focus_is_in_its_first_field(FxRobot robot)
            throws Exception {
        // The last one chooses the command already chosen: the focus goes there all the same.
        KeyCode[] letters = {KeyCode.R, KeyCode.C, KeyCode.M, KeyCode.P, KeyCode.O, KeyCode.O};
        String[] expected = {"sku", "location", "from", "location", "location", "location"};
        robot.clickOn("#stockFilter");
        for (int i = 0; i < letters.length; i++) {
            robot.press(KeyCode.ALT).type(letters[i]).release(KeyCode.ALT);
            String want = expected[i];
            eventually(() -> want.equals(focused(robot)));
            assertThat(focused(robot)).as("Alt+" + letters[i]).isEqualTo(want);
            robot.clickOn("#stockFilter");
        }
    }
}
