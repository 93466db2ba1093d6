package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.concurrent.TimeUnit;
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

/** The register of bins in the real console, headless, driven as a scanner would. */
@ExtendWith(ApplicationExtension.class)
class BinsFxTest {
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

    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        SigningIn.as(robot, "owner");
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    @Test
    void a_scanned_bin_never_used_before_is_asked_about_once_then_sent(FxRobot robot)
            throws Exception {
        eventually(() -> text(robot, "#status").startsWith("Connected"));
        // The SKU is checked on Enter: once the console knows it, it goes on at once.
        eventually(() -> !robot.lookup("#stockTable").queryTableView().getItems().isEmpty());
        int before = api.commandNames.size();
        robot.clickOn("#location").write("a-01").type(KeyCode.ENTER).write("SKU-1")
                .type(KeyCode.ENTER).write("5").type(KeyCode.ENTER).type(KeyCode.ENTER);

        eventually(() -> text(robot, "#location-error").equals("New bin: never used before."));
        assertThat(text(robot, "#formMessage"))
                .isEqualTo("Bin a-01 has never been used. Check the code; send again to use it.");
        assertThat(api.commandNames).hasSize(before);
        assertThat(robot.lookup("#sku").query().getScene().getFocusOwner().getId())
                .isEqualTo("location");

        // Location, SKU, quantity, reference: the last Enter sends.
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);

        eventually(() -> text(robot, "#formMessage").startsWith("Received 5 of SKU-1 at a-01"));
        assertThat(api.commandNames).hasSize(before + 1);
    }

    @Test
    void a_supervisor_types_a_bins_code_and_enter_and_it_is_in_the_register(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.showTab("locations")).get(5, TimeUnit.SECONDS);
        robot.clickOn("#binCode").write("D-01").type(KeyCode.ENTER);

        eventually(() -> text(robot, "#binMessage").startsWith("Bin D-01 is in the register"));
        assertThat(api.bins().items()).extracting(b -> b.location()).containsExactly("D-01");
    }
}
