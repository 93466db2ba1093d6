package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import tally.client.api.WireShapes.OrderDetail;

/**
 * The order screens of the fake sample, photographed: the Orders tab with one order open, the
 * place-order form typed and refused for an unknown SKU, the pick screen halfway through a
 * walk, and the trainer view with the allocation paused and a new order left PLACED.
 */
final class OrderShots {
    private final ScreenshotSession session;
    private final Scene scene;
    private final Path out;

    OrderShots(ScreenshotSession session, Path out) {
        this.session = session;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        fx(() -> {
            session.console().showTab("orders");
            return null;
        });
        waitFor(() -> ordersShown() >= 3, 30);
        fx(() -> {
            TableView<OrderDetail> table = table("#ordersTable");
            table.getItems().stream().filter(o -> o.orderId().equals("SO-1002")).findFirst()
                    .ifPresent(o -> table.getSelectionModel().select(o));
            return null;
        });
        waitFor(() -> !table("#orderLines").getItems().isEmpty(), 30);
        fx(() -> {
            type("#orderId", "SO-1004");
            type("#customer", "Harbour Supplies");
            line("SKU-1001", "24");
            line("SKU-9999", "5");
            line("SKU-3005", "2");
            scene.lookup("#orderSku").requestFocus();
            return null;
        });
        pause(500);
        shot("orders");
        fx(() -> {
            scene.lookup("#placeOrder").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> text("#placeOrderMessage").startsWith("Not placed"), 30);
        pause(300);
        shot("place-order-refused");
        pick();
        allocationPaused();
    }

    /** The lesson of the allocation: paused, a new order stays PLACED until it resumes. */
    private void allocationPaused() throws Exception {
        fx(() -> {
            session.console().showTab("trainer");
            ((javafx.scene.control.ButtonBase) scene.lookup("#pause-allocation")).fire();
            return null;
        });
        waitFor(() -> text("#state-allocation").equals("PAUSED"), 30);
        fx(() -> {
            session.console().showTab("orders");
            table("#draftLines").getItems().clear();
            type("#orderId", "SO-1005");
            type("#customer", "Harbour Supplies");
            line("SKU-1001", "24");
            scene.lookup("#placeOrder").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> table("#ordersTable").getItems().stream().anyMatch(o ->
                ((OrderDetail) o).orderId().equals("SO-1005")), 30);
        pause(500);
        shot("orders-placed-while-paused");
        fx(() -> {
            session.console().showTab("trainer");
            return null;
        });
        pause(1500);
        shot("trainer-allocation-paused");
        fx(() -> {
            ((javafx.scene.control.ButtonBase) scene.lookup("#resume-allocation")).fire();
            return null;
        });
        waitFor(() -> text("#state-allocation").equals("RUNNING"), 30);
    }

    private void pick() throws Exception {
        fx(() -> {
            session.console().showTab("pick");
            scan("#pickOrder", "SO-1001");
            return null;
        });
        waitFor(() -> text("#pickPrompt").startsWith("Go to"), 30);
        fx(() -> {
            scan("#pickLocation", "A-01-01");
            return null;
        });
        waitFor(() -> text("#pickPrompt").startsWith("At A-01-01"), 30);
        fx(() -> {
            scan("#pickSku", "SKU-1002");
            return null;
        });
        pause(500);
        shot("pick");
    }

    private long ordersShown() {
        return table("#ordersTable").getItems().size();
    }

    private void line(String sku, String quantity) {
        type("#orderSku", sku);
        type("#orderQuantity", quantity);
        scene.lookup("#orderQuantity").fireEvent(new ActionEvent());
    }

    private void scan(String id, String code) {
        type(id, code);
        scene.lookup(id).fireEvent(new ActionEvent());
    }

    private void type(String id, String text) {
        ((TextField) scene.lookup(id)).setText(text);
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) scene.lookup(id);
    }

    private void shot(String name) throws Exception {
        ShotTools.shot(scene.getRoot(), out, name);
    }
}
