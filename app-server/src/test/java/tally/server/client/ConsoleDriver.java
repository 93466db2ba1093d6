package tally.server.client;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.stock.StockOverviewRow;

/**
 * Drives the console by its control ids (desktop-client/CONTROLS.md), as an operator does:
 * keyboard into the command form, reading labels and the stock table. Every read happens on
 * the FX thread: the scene graph changes there all the time (live rows, status), and a lookup
 * from the test thread can catch a list mid-change.
 */
final class ConsoleDriver {
    /** Generous: the machine may be shared, and a JVM that compiles as it goes is slow at first. */
    static final long PATIENCE_SECONDS = 30;

    private final FxRobot robot;

    ConsoleDriver(FxRobot robot) {
        this.robot = robot;
    }

    static void eventually(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("not so within " + PATIENCE_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return read.call();
        }
        return WaitForAsyncUtils.asyncFx(read).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    String text(String id) throws Exception {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    boolean visible(String id) throws Exception {
        return onFx(() -> {
            for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    Optional<StockOverviewRow> row(String sku) throws Exception {
        return onFx(() -> {
            TableView<StockOverviewRow> table = robot.lookup("#stockTable").queryTableView();
            return table.getItems().stream().filter(r -> r.sku().equals(sku)).findFirst();
        });
    }

    long onHand(String sku) throws Exception {
        return row(sku).map(StockOverviewRow::onHand).orElse(-1L);
    }

    /**
     * Chooses the command, types each field and Enter (as a scanner does) in the command's own
     * order (the location first where there is one); the last submits. A SKU the console does
     * not know yet is looked up on Enter: wait for its row first.
     */
    void issue(String kind, String... values) {
        String first = java.util.Arrays.stream(tally.client.command.CommandKind.values())
                .filter(k -> k.id().equals(kind)).findFirst().orElseThrow().fields().get(0)
                .json();
        robot.clickOn("#kind-" + kind).clickOn("#" + first);
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

    /**
     * Signs in at the console's sign-in screen as an operator does (name, Enter, password,
     * Enter): what every test does first, since the console shows nothing else until then.
     */
    void signIn(String username, String password) throws Exception {
        robot.clickOn("#username").push(KeyCode.SHORTCUT, KeyCode.A).write(username)
                .type(KeyCode.ENTER).write(password).type(KeyCode.ENTER);
        try {
            eventually(() -> !robot.lookup("#signInScreen").query().isVisible());
        } catch (AssertionError e) {
            throw new AssertionError("not signed in as " + username + ": "
                    + text("#signInMessage"), e);
        }
    }

    /** Signs in as the test server's first user, who has every role. */
    void signIn() throws Exception {
        signIn(RealServer.USER, RealServer.PASSWORD);
    }

    void awaitConnected() throws Exception {
        eventually(() -> text("#status").startsWith("Connected to "));
    }

    /** What a keyboard-wedge scanner does wherever the focus is: types the code, then Enter. */
    void scan(String code) {
        robot.write(code).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The id of the control that has the keyboard's focus, or null. */
    String focusedId() throws Exception {
        return onFx(() -> {
            Node n = robot.lookup("#tabs").query().getScene().getFocusOwner();
            return n == null ? null : n.getId();
        });
    }

    /** Waits until the next scan goes to this field, as the pick screen moves step by step. */
    void awaitFocus(String id) throws Exception {
        try {
            eventually(() -> id.equals(focusedId()));
        } catch (AssertionError e) {
            throw new AssertionError("the focus is on " + focusedId() + ", not " + id + "; "
                    + text("#pickMessage"), e);
        }
    }

    /** The order as the Orders tab lists it, if it does. */
    Optional<OrderDetail> order(String orderId) throws Exception {
        return onFx(() -> {
            TableView<OrderDetail> table = robot.lookup("#ordersTable").queryTableView();
            return table.getItems().stream().filter(o -> o.orderId().equals(orderId))
                    .findFirst();
        });
    }

    String orderStatus(String orderId) throws Exception {
        return order(orderId).map(OrderDetail::status).orElse("not listed");
    }

    /**
     * Places an order from the Orders tab's form by scans: its id, the customer, then each
     * SKU and quantity; Enter on the empty SKU places it.
     */
    void placeOrder(String orderId, String customer, Object... lines) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        eventually(() -> robot.lookup("#placeOrderForm").tryQuery().isPresent());
        robot.clickOn("#orderId");
        scan(orderId);
        scan(customer);
        awaitFocus("orderSku");
        for (Object value : lines) {
            scan(String.valueOf(value));
        }
        awaitFocus("orderSku");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
