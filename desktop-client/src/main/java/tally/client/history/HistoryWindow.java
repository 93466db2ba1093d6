package tally.client.history;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The history in a window of its own beside the console, so the screen the operator came from
 * stays as it was; one window, reused, and Escape closes it.
 */
public final class HistoryWindow {
    /** The key that opens the history of the figure in focus, as tooltips and help say. */
    public static final String KEY = "F3";
    public static final String HINT = KEY + ": how this number came about (its history)";

    private final HistoryViewModel vm;
    private Stage stage;

    public HistoryWindow(HistoryViewModel vm) {
        this.vm = vm;
    }

    /** Shows the history of {@code sku} ({@code location} null for all) over {@code owner}. */
    public void open(Window owner, String sku, String location) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            var scene = new Scene(new HistoryView(vm), 960, 480);
            scene.getRoot().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        vm.open(sku, location);
        stage.setTitle("Tally — history of " + sku + (location == null ? "" : " at " + location));
        stage.show();
        stage.toFront();
    }
}
