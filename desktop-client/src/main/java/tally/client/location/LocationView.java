package tally.client.location;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tally.client.api.WireShapes.SkuQuantity;
import tally.client.ui.Columns;

/**
 * Locations on the left, the selected one's contents on the right; below, for a supervisor,
 * the forms that put a bin in the register and change or retire one.
 */
public final class LocationView extends BorderPane {
    private final VBox header = new VBox(6);

    /**
     * {@code bins}: the supervisor's form that defines a bin, shown below the locations, beside
     * {@code care}: the one that changes or retires the chosen one.
     */
    public LocationView(LocationViewModel vm, DefineBinViewModel bins, BinCareViewModel care) {
        var sorted = new javafx.collections.transformation.SortedList<>(vm.rows());
        var table = new TableView<>(sorted);
        table.setId("locationTable");
        table.setPlaceholder(new Label("No stock anywhere yet"));
        var location = Columns.column("Location", LocationListRow::location, 110);
        table.getColumns().add(location);
        table.getColumns().add(Columns.numeric("SKUs", LocationListRow::skus, 60));
        table.getColumns().add(Columns.numeric("Units", LocationListRow::units, 80));
        table.getColumns().add(Columns.column("Your last command", LocationListRow::stateText,
                150));
        table.setRowFactory(Columns.styledRows(r -> r.write() == null ? java.util.List.of()
                : java.util.List.of(r.write().applied() ? "applied" : "pending"),
                java.util.Set.of("pending", "applied")));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getSortOrder().add(location);
        // Chosen by the operator's click or arrow key only, not by a live update moving rows.
        Runnable chosen = () -> {
            LocationListRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && !row.location().equals(vm.selectedProperty().get())) {
                vm.select(row.location());
            }
        };
        table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> chosen.run());
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey()) {
                chosen.run();
            }
        });

        var pick = new TextField();
        pick.setId("locationPick");
        pick.setPromptText("Location, e.g. A-01-02");
        pick.setOnAction(e -> vm.select(pick.getText()));
        var title = new Label();
        title.setId("locationTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(vm.selectedProperty());
        var message = new Label();
        message.setId("locationMessage");
        message.textProperty().bind(vm.messageProperty());
        var contents = new TableView<>(vm.contents());
        contents.setId("locationContents");
        contents.setPlaceholder(new Label("Nothing here"));
        contents.getColumns().add(Columns.column("SKU", SkuQuantity::sku, 160));
        contents.getColumns().add(Columns.numeric("Quantity", SkuQuantity::quantity, 100));
        var choose = new HBox(8, new Label("Location"), pick);
        choose.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getChildren().addAll(choose, title, message);
        header.setPadding(new Insets(8));
        var right = new VBox(header, contents);
        VBox.setVgrow(contents, Priority.ALWAYS);

        var split = new SplitPane(table, right);
        split.setDividerPositions(0.5);
        setCenter(split);
        var define = new DefineBinView(bins);
        var change = new BinCareView(care);
        HBox.setHgrow(define, Priority.ALWAYS);
        HBox.setHgrow(change, Priority.ALWAYS);
        setBottom(new HBox(define, change));
    }

    /** Puts a tool (a screen's paper menu) on a line of its own under the chosen location. */
    public void addTool(javafx.scene.Node tool) {
        header.getChildren().add(tool);
    }
}
