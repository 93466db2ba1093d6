package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/** Orders end to end on the real console, headless: placed, allocated, picked by scans, shipped. */
@ExtendWith(ApplicationExtension.class)
class OrdersFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget"));
        api.otherClient("register-product", CommandBody.of("sku", "SKU-2", "name", "Red gadget"));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2", "location", "B-02",
                "quantity", 20L));
        console = new TallyConsole(api, ui);
        console.showOn(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#tabs").query().getScene().getFocusOwner();
    }

    private static String focusedId(FxRobot robot) {
        Node n = focused(robot);
        return n == null ? null : n.getId();
    }

    private static OrderDetail row(FxRobot robot, String orderId) {
        TableView<OrderDetail> table = robot.lookup("#ordersTable").queryTableView();
        return table.getItems().stream().filter(o -> o.orderId().equals(orderId)).findFirst()
                .orElse(null);
    }

    /** What a keyboard-wedge scanner does: types the code, then Enter. */
    private static void scan(FxRobot robot, String code) throws Exception {
        robot.write(code).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void an_order_placed_is_allocated_picked_by_scanner_and_shipped(FxRobot robot)
            throws Exception {
        SigningIn.as(robot, "supervisor");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        eventually(() -> robot.lookup("#placeOrderForm").tryQuery().isPresent());
        robot.clickOn("#orderId");
        scan(robot, "O-100");
        scan(robot, "Acme");
        assertThat(focusedId(robot)).isEqualTo("orderSku");
        scan(robot, "SKU-1");
        scan(robot, "5");
        scan(robot, "SKU-2");
        scan(robot, "2");
        assertThat(focusedId(robot)).isEqualTo("orderSku");
        robot.type(KeyCode.ENTER);

        eventually(() -> row(robot, "O-100") != null && row(robot, "O-100").status()
                .equals("ALLOCATED"));
        // The row comes with the stream's messages, which the server sends before it answers;
        // the form's message comes with the answer, a moment later.
        eventually(() -> !robot.lookup("#placeOrderMessage").queryAs(Label.class).getText()
                .startsWith("Placing"));
        assertThat(robot.lookup("#placeOrderMessage").queryAs(Label.class).getText())
                .startsWith("Placed O-100: 2 lines, 7 units.");
        eventually(() -> robot.lookup("#orderPickList").queryTableView().getItems().size() == 2);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT8);
        eventually(() -> "pickOrder".equals(focusedId(robot)));
        scan(robot, "O-100");
        eventually(() -> "pickLocation".equals(focusedId(robot)));
        assertThat(robot.lookup("#pickPrompt").queryAs(Label.class).getText())
                .isEqualTo("Go to A-01 and scan the location.");
        scan(robot, "B-02");
        assertThat(robot.lookup("#pickMessage").queryAs(Label.class).getText())
                .isEqualTo("This is B-02: go to A-01.");
        assertThat(focusedId(robot)).isEqualTo("pickLocation");
        scan(robot, "A-01");
        eventually(() -> "pickSku".equals(focusedId(robot)));
        scan(robot, "SKU-1");
        eventually(() -> "pickQuantity".equals(focusedId(robot)));
        scan(robot, "5");
        eventually(() -> "pickLocation".equals(focusedId(robot)));
        assertThat(robot.lookup("#pickPrompt").queryAs(Label.class).getText())
                .isEqualTo("Go to B-02 and scan the location.");
        scan(robot, "B-02");
        eventually(() -> "pickSku".equals(focusedId(robot)));
        scan(robot, "SKU-2");
        eventually(() -> "pickQuantity".equals(focusedId(robot)));
        scan(robot, "2");

        eventually(() -> "pickShip".equals(focusedId(robot)));
        robot.type(KeyCode.ENTER);
        eventually(() -> robot.lookup("#pickMessage").queryAs(Label.class).getText()
                .equals("Shipped O-100."));
        assertThat(api.order("O-100", 0).status()).isEqualTo("SHIPPED");
        assertThat(api.commandNames).containsSubsequence("place-order", "confirm-pick",
                "confirm-pick", "ship-order");
        assertThat(focusedId(robot)).isEqualTo("pickOrder");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        eventually(() -> row(robot, "O-100").status().equals("SHIPPED"));
    }

    @Test
    void an_operator_sees_no_place_order_form_and_no_cancel(FxRobot robot) throws Exception {
        api.otherClient("place-order", CommandBody.of("orderId", "O-1", "lines",
                java.util.List.of(java.util.Map.of("sku", "SKU-1", "quantity", 3L))));
        SigningIn.as(robot, "operator");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        eventually(() -> row(robot, "O-1") != null);
        assertThat(robot.lookup("#placeOrderForm").tryQuery()).isEmpty();
        robot.clickOn(robot.lookup("#ordersTable .table-row-cell").nth(0).queryAs(Node.class));
        eventually(() -> robot.lookup("#orderLines").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#cancelOrder").query().getParent().isVisible()).isFalse();
    }
}
