package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
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
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/**
 * Product care and bin care in the real console, headless, typed as a scanner does (code,
 * Enter); times in the PC's zone, here Tokyo's, whatever the machine's.
 */
@ExtendWith(ApplicationExtension.class)
class CareFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private final TimeZone machines = TimeZone.getDefault();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        api.defineBin("A-01");
        console = new TallyConsole(api, ui);
        console.showOn(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
        TimeZone.setDefault(machines);
    }

    private void show(String tab) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.showTab(tab)).get(5, TimeUnit.SECONDS);
    }

    private static void retype(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text).type(KeyCode.ENTER);
    }

    private void productShown(FxRobot robot) throws Exception {
        show("product");
        robot.clickOn("#productSku").write("SKU-1").type(KeyCode.ENTER);
        eventually(() -> text(robot, "#productTitle").equals("SKU-1 — Blue widget"));
    }

    @Test
    void a_supervisor_renames_a_product_and_sets_its_reorder_point_and_the_figures_follow(
            FxRobot robot) throws Exception {
        SigningIn.as(robot, "supervisor");
        productShown(robot);
        assertThat(robot.lookup("#careName").queryAs(TextField.class).getText())
                .isEqualTo("Blue widget");

        retype(robot, "#careName", "Blue widget, large");
        eventually(() -> text(robot, "#productTitle").equals("SKU-1 — Blue widget, large"));
        retype(robot, "#careReorderPoint", "60");

        eventually(() -> text(robot, "#productFigures").contains(
                "reorder point 60 · ▼ below reorder point"));
        assertThat(text(robot, "#careMessage")).startsWith("Set the reorder point of SKU-1 to 60");
    }

    @Test
    void a_refused_reorder_point_is_shown_once_by_its_field(FxRobot robot) throws Exception {
        SigningIn.as(robot, "supervisor");
        productShown(robot);

        retype(robot, "#careReorderPoint", "-3");

        eventually(() -> robot.lookup("#careReorderPoint-error").query().isVisible());
        assertThat(text(robot, "#careReorderPoint-error"))
                .isEqualTo("The reorder point must be a whole number from 0 to 1000000.");
        assertThat(text(robot, "#careMessage")).isEmpty();
        assertThat(text(robot, "#productFigures")).contains("reorder point 10");
    }

    @Test
    void an_operator_sees_the_product_without_its_care(FxRobot robot) throws Exception {
        SigningIn.as(robot, "operator");
        productShown(robot);

        assertThat(robot.lookup("#productCare").query().isVisible()).isFalse();
        show("locations");
        assertThat(robot.lookup("#binCare").query().isVisible()).isFalse();
        assertThat(robot.lookup("#defineBin").query().isVisible()).isFalse();
    }

    @Test
    void a_bin_that_holds_units_is_not_retired_and_an_empty_one_is_changed(FxRobot robot)
            throws Exception {
        SigningIn.as(robot, "supervisor");
        show("locations");
        robot.clickOn("#locationPick").write("A-01").type(KeyCode.ENTER);
        eventually(() -> robot.lookup("#careBinCode").queryAs(TextField.class).getText()
                .equals("A-01"));

        robot.clickOn("#binRetire");
        eventually(() -> text(robot, "#binCareMessage").startsWith("Not retired"));
        assertThat(text(robot, "#binCareMessage")).isEqualTo("Not retired: bin A-01 still"
                + " holds 40 units: move or count them out before retiring it");

        retype(robot, "#careBinZone", "Aisle A");
        eventually(() -> text(robot, "#binCareMessage").startsWith("Changed bin A-01"));
        assertThat(api.bins().items().getFirst().zone()).isEqualTo("Aisle A");
    }

    @Test
    void an_orders_placed_time_is_the_pcs_local_time(FxRobot robot) throws Exception {
        api.otherClient("place-order", CommandBody.of("orderId", "SO-1", "lines",
                java.util.List.of(CommandBody.of("sku", "SKU-1", "quantity", 2L))));
        SigningIn.as(robot, "supervisor");
        show("orders");
        TableView<?> table = robot.lookup("#ordersTable").queryAs(TableView.class);
        eventually(() -> !table.getItems().isEmpty());

        var placed = table.getColumns().stream().filter(c -> c.getText().equals("Placed"))
                .findFirst().orElseThrow();
        // The fake placed it at 10:mm UTC on 5 Jan 2026: 19:mm in Tokyo.
        assertThat(String.valueOf(placed.getCellData(0))).matches("5 Jan (2026 )?19:\\d\\d");
    }
}
