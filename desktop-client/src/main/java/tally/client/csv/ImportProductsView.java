package tally.client.csv;

import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import tally.client.ui.Columns;

/**
 * Import products or bins: what the file holds (a choice), its path (typed, then Enter, or
 * chosen with Browse…), the server's preview of every row with the bad ones marked and named
 * by line, and Import, which is enabled only when every row is good and the user may.
 */
public final class ImportProductsView extends BorderPane {

    public ImportProductsView(ImportProductsViewModel vm) {
        var kind = new ComboBox<ImportChoice>();
        kind.setId("importKind");
        kind.getItems().setAll(ImportChoice.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        var file = new TextField();
        file.setId("importFile");
        file.promptTextProperty().bind(Bindings.createStringBinding(() -> "Path of a CSV file: "
                + vm.kindProperty().get().columns() + " (Enter to preview)", vm.kindProperty()));
        file.textProperty().bindBidirectional(vm.pathProperty());
        file.setOnAction(e -> vm.preview());
        HBox.setHgrow(file, Priority.ALWAYS);
        var browse = new Button("Browse…");
        browse.setId("importBrowse");
        browse.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle("Import " + vm.kindProperty().get().toString().toLowerCase(
                    java.util.Locale.ROOT));
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            var chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                vm.pathProperty().set(chosen.getPath());
                vm.preview();
            }
        });
        var previewButton = new Button("Preview");
        previewButton.setId("importPreview");
        previewButton.setOnAction(e -> vm.preview());
        var top = new HBox(8, new Label("Import"), kind, new Label("File"), file, browse,
                previewButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));

        var table = new TableView<ImportRowLine>(vm.rows());
        table.setId("importTable");
        table.setPlaceholder(new Label("Preview a file to see what each row will do"));
        table.getColumns().add(Columns.numeric("Line", ImportRowLine::line, 60));
        var key = Columns.column("SKU", ImportRowLine::sku, 140);
        key.textProperty().bind(Bindings.createStringBinding(
                () -> vm.kindProperty().get().keyColumn(), vm.kindProperty()));
        table.getColumns().add(key);
        table.getColumns().add(Columns.column("Will be", ImportRowLine::action, 100));
        table.getColumns().add(Columns.column("What is wrong", ImportRowLine::problems, 560));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(Columns.styledRows(r -> r.bad() ? List.of("bad-row") : List.of(),
                Set.of("bad-row")));

        var message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        var importButton = new Button("Import");
        importButton.setId("importAll");
        importButton.setDefaultButton(false);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> vm.importAll());
        var bottom = new HBox(10, message, importButton);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6));

        setTop(top);
        setCenter(table);
        setBottom(bottom);
    }
}
