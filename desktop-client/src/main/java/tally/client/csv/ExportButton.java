package tally.client.csv;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/**
 * A screen's "Export CSV…" button: the save dialog, then {@link CsvExportViewModel#save}. Only
 * the dialog lives here; tests call the view model with a path.
 */
public final class ExportButton {
    private ExportButton() {
    }

    /** The screen with a bar below it: what the last export came to, and the button. */
    public static BorderPane under(Node screen, ExportKind kind, CsvExportViewModel vm) {
        var message = new Label();
        message.getStyleClass().add("export-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        var bar = new HBox(10, message, of(kind, vm));
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        var pane = new BorderPane(screen);
        pane.setBottom(bar);
        return pane;
    }

    public static Button of(ExportKind kind, CsvExportViewModel vm) {
        var button = new Button("Export CSV…");
        button.setId("export-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        button.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle("Export " + kind.fileName());
            chooser.setInitialFileName(kind.fileName());
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            var file = chooser.showSaveDialog(button.getScene().getWindow());
            if (file != null) {
                vm.save(kind, file.toPath());
            }
        });
        return button;
    }
}
