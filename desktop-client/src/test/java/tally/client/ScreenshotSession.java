package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import tally.client.api.TallyApi;
import tally.client.location.LocationListRow;
import tally.client.session.SessionViewModel.Phase;
import tally.client.stock.StockOverviewRow;
import tally.client.sync.Connection;
import tally.client.ui.FxUiExecutor;

/**
 * One console on one stage, driven from this (non-FX) thread as an operator would, through
 * its controls, and photographed screen by screen (see {@link Screenshots}).
 */
final class ScreenshotSession {
    /** The product that --pending registers, to show a row below its reorder point. */
    static final String GLOVES = "SKU-9001";

    private final TallyApi api;
    private final Path out;
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;
    private Scene scene;

    ScreenshotSession(TallyApi api, Path out, List<DemoSignIn> demo) throws Exception {
        this.api = api;
        this.out = out;
        fx(() -> {
            var stage = new Stage();
            console = new TallyConsole(api, ui, demo);
            console.showOn(stage);
            scene = stage.getScene();
            return null;
        });
    }

    /** The sign-in screen as it first shows, then signed in: what every other shot needs. */
    void signIn(String username, String password) throws Exception {
        waitFor(() -> scene.lookup("#signInScreen").isVisible(), 30);
        pause(500);
        shot("sign-in");
        typeAndSignIn(username, password);
    }

    private void typeAndSignIn(String username, String password) throws Exception {
        fx(() -> {
            type("#username", username);
            type("#password", password);
            ((ButtonBase) scene.lookup("#signIn")).fire();
            return null;
        });
        try {
            waitFor(() -> console.sessionPhase().get() == Phase.SIGNED_IN, 30);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("not signed in: " + fx(() -> text("#signInMessage")),
                    e);
        }
    }

    void run(boolean commands) throws Exception {
        waitFor(() -> console.connectionState().get() == Connection.State.CONNECTED, 30);
        waitFor(() -> !this.<StockOverviewRow>table("#stockTable").getItems().isEmpty(), 30);
        pause(1500);
        shot("stock");
        ShotTools.shot(fx(() -> scene.lookup("#statusBar")), out, "status-bar");
        String sku = fx(() -> this.<StockOverviewRow>table("#stockTable").getItems().get(0).sku());
        var where = api.stock(sku, 0, 0).locations().get(0);
        fx(() -> {
            table("#stockTable").getSelectionModel().select(0);
            type("#productSku", sku);
            scene.lookup("#productSku").fireEvent(new ActionEvent());
            console.showTab("product");
            return null;
        });
        pause(1000);
        shot("product");
        fx(() -> {
            console.showTab("locations");
            table("#locationTable").getSelectionModel().select(0);
            if (table("#locationTable").getSelectionModel().getSelectedItem()
                    instanceof LocationListRow r) {
                type("#locationPick", r.location());
                scene.lookup("#locationPick").fireEvent(new ActionEvent());
            }
            return null;
        });
        pause(1000);
        shot("locations");
        fx(() -> {
            console.showTab("activity");
            return null;
        });
        pause(500);
        shot("activity");
        fx(() -> {
            console.showTab("stock");
            return null;
        });
        issue("pick", Map.of("sku", sku, "location", where.location(),
                "quantity", Long.toString(where.quantity() + 100)));
        shot("command-refused");
        if (commands) {
            pendingThenApplied(sku, where.location());
            trainerWithALaggingReadModel(where.location());
            belowReorderPoint();
        } else {
            fx(() -> {
                console.showTab("trainer");
                return null;
            });
            pause(6000);
            shot("trainer");
        }
        users();
    }

    /** The admin screen, when the user signed in may see it. */
    private void users() throws Exception {
        boolean admin = fx(() -> ((TabPane) scene.lookup("#tabs")).getTabs().stream()
                .anyMatch(t -> "users".equals(t.getId())));
        if (!admin) {
            System.out.println("not an admin: no users shot");
            return;
        }
        fx(() -> {
            console.showTab("users");
            return null;
        });
        waitFor(() -> !table("#usersTable").getItems().isEmpty(), 30);
        fx(() -> {
            table("#usersTable").getSelectionModel().select(0);
            return null;
        });
        pause(500);
        shot("users");
    }

    /**
     * A receive half typed, then the session ends ({@code endSessions}, as the server does
     * when it expires): the console asks for the password again over the form it keeps.
     */
    void sessionEnded(Runnable endSessions, String username, String password) throws Exception {
        fx(() -> {
            console.showTab("stock");
            ((ButtonBase) scene.lookup("#kind-receive")).fire();
            type("#sku", this.<StockOverviewRow>table("#stockTable").getItems().get(0).sku());
            type("#location", "DOCK-1");
            type("#quantity", "24");
            return null;
        });
        endSessions.run();
        fx(() -> {
            ((ButtonBase) scene.lookup("#submit")).fire();
            return null;
        });
        waitFor(() -> console.sessionPhase().get() == Phase.ENDED, 30);
        pause(800);
        shot("session-ended");
        typeAndSignIn(username, password);
    }

    private void pendingThenApplied(String sku, String location) throws Exception {
        api.controlProjection("stock", "pause");
        issue("receive", Map.of("sku", sku, "location", location, "quantity", "1"));
        waitFor(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .anyMatch(StockOverviewRow::pending), 30);
        shot("stock-pending");
        api.controlProjection("stock", "resume");
        waitFor(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .noneMatch(StockOverviewRow::pending), 30);
        pause(500);
        shot("stock-applied");
    }

    /** The lesson of the trainer tab: a paused read model falls behind the log, then catches up. */
    private void trainerWithALaggingReadModel(String location) throws Exception {
        fx(() -> {
            console.showTab("trainer");
            ((ButtonBase) scene.lookup("#pause-locations")).fire();
            return null;
        });
        waitFor(() -> text("#state-locations").equals("PAUSED"), 30);
        boolean known = fx(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .anyMatch(r -> r.sku().equals(GLOVES)));
        if (!known) {
            issue("register", Map.of("sku", GLOVES, "name", "Safety gloves, pair",
                    "reorderPoint", "40"));
        }
        issue("receive", Map.of("sku", GLOVES, "location", location, "quantity", "12"));
        pause(5000);
        shot("trainer");
        fx(() -> {
            ((ButtonBase) scene.lookup("#resume-locations")).fire();
            return null;
        });
        waitFor(() -> text("#state-locations").equals("RUNNING"), 30);
    }

    private void belowReorderPoint() throws Exception {
        fx(() -> {
            console.showTab("stock");
            ((CheckBox) scene.lookup("#belowOnly")).setSelected(true);
            return null;
        });
        waitFor(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .anyMatch(r -> r.sku().equals(GLOVES) && r.belowReorderPoint()), 30);
        pause(500);
        shot("stock-below-reorder");
        fx(() -> {
            ((CheckBox) scene.lookup("#belowOnly")).setSelected(false);
            return null;
        });
    }

    /** A server that cannot be reached, as the sign-in screen says it. */
    void unreachable() throws Exception {
        waitFor(() -> scene.lookup("#signInScreen").isVisible(), 30);
        fx(() -> {
            type("#username", "operator");
            type("#password", "not-sent-anywhere");
            ((ButtonBase) scene.lookup("#signIn")).fire();
            return null;
        });
        waitFor(() -> text("#signInMessage").startsWith("Cannot reach"), 30);
        shot("sign-in-unreachable");
        close();
    }

    /** Signed in, and then the server goes away: the status bar says so. */
    void serverGone(Runnable down) throws Exception {
        down.run();
        waitFor(() -> console.connectionState().get() == Connection.State.DOWN, 20);
        pause(300);
        shot("unreachable");
    }

    /** Chooses the command, fills its fields by id and submits; waits for the answer. */
    private void issue(String kind, Map<String, String> fields) throws Exception {
        var ordered = new LinkedHashMap<>(fields);
        fx(() -> {
            ((ButtonBase) scene.lookup("#kind-" + kind)).fire();
            ordered.forEach(this::type);
            ((ButtonBase) scene.lookup("#submit")).fire();
            return null;
        });
        waitFor(() -> !text("#formMessage").startsWith("Sending"), 30);
        pause(1000);
    }

    Scene scene() {
        return scene;
    }

    TallyConsole console() {
        return console;
    }

    void close() throws Exception {
        fx(() -> {
            console.stop();
            scene.getWindow().hide();
            return null;
        });
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    private void type(String id, String text) {
        ((TextField) scene.lookup(id.startsWith("#") ? id : "#" + id)).setText(text);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) scene.lookup(id);
    }

    private void shot(String name) throws Exception {
        ShotTools.shot(scene.getRoot(), out, name);
    }
}
