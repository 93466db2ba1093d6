package tally.server.client;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.stock.StockRow;

/**
 * Drives the console by its control ids (desktop-client/CONTROLS.md), as an operator does:
 * keyboard into the command form, reading labels and the stock table.
 */
final class ConsoleDriver {
    private final FxRobot robot;

    ConsoleDriver(FxRobot robot) {
        this.robot = robot;
    }

    static void eventually(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    boolean visible(String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    Optional<StockRow> row(String sku) {
        TableView<StockRow> table = robot.lookup("#stockTable").queryTableView();
        return table.getItems().stream().filter(r -> r.sku().equals(sku)).findFirst();
    }

    long onHand(String sku) {
        return row(sku).map(StockRow::onHand).orElse(-1L);
    }

    /** Chooses the command, types each field and Enter (as a scanner does); the last submits. */
    void issue(String kind, String... values) {
        robot.clickOn("#kind-" + kind).clickOn("#sku");
        for (String value : values) {
            robot.push(KeyCode.SHORTCUT, KeyCode.A);
            if (!value.isEmpty()) {
                robot.write(value);
            } else {
                robot.type(KeyCode.DELETE);
            }
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void awaitConnected() throws Exception {
        eventually(() -> text("#status").startsWith("Connected to "));
    }
}
