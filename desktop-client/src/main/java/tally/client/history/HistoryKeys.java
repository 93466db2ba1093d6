package tally.client.history;

import java.util.function.Function;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Makes the figures of a table open their history: F3 on the chosen row, or a right-button
 * click on it (the left one already chooses, and a double click opens the product).
 */
public final class HistoryKeys {
    private HistoryKeys() {
    }

    /** Whose history a row's figures are: a product, at one location or (null) at all. */
    public record Target(String sku, String location) {
    }

    public static <T> void attach(TableView<T> table, Function<T, Target> target,
                                  HistoryWindow window) {
        table.setTooltip(new Tooltip(HistoryWindow.HINT + "; or right-click a row"));
        Runnable open = () -> {
            T row = table.getSelectionModel().getSelectedItem();
            Target t = row == null ? null : target.apply(row);
            if (t != null) {
                window.open(table.getScene().getWindow(), t.sku(), t.location());
            }
        };
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F3) {
                open.run();
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                open.run();
            }
        });
    }
}
