package tally.client.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import tally.client.ui.Columns;

/** The stock overview: a sortable, filterable table; rows below their reorder point marked. */
public final class StockView extends BorderPane {
    private final TableView<StockOverviewRow> table = new TableView<>();

    public StockView(StockViewModel vm, Consumer<StockOverviewRow> selected,
                     Consumer<StockOverviewRow> opened) {
        var filter = new TextField();
        filter.setId("stockFilter");
        filter.setPromptText("Filter by SKU or name (Ctrl+F)");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        var below = new CheckBox("Below reorder po_int only");
        below.setId("belowOnly");
        below.selectedProperty().bindBidirectional(vm.belowOnlyProperty());
        var summary = new Label();
        summary.setId("stockSummary");
        summary.textProperty().bind(vm.summaryProperty());
        var bar = new HBox(10, filter, below, summary);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));

        table.setId("stockTable");
        table.setPlaceholder(new Label("No products to show"));
        var sku = Columns.column("SKU", StockOverviewRow::sku, 110);
        sku.setMinWidth(Columns.headerWidth("SKU-1001 ▲"));
        table.getColumns().add(sku);
        table.getColumns().add(Columns.column("Name", StockOverviewRow::name, 180));
        table.getColumns().add(Columns.numeric("On hand", StockOverviewRow::onHand, 80));
        table.getColumns().add(Columns.numeric("Reserved", StockOverviewRow::reserved, 80));
        table.getColumns().add(Columns.numeric("Available", StockOverviewRow::available, 80));
        table.getColumns().add(Columns.numeric("Reorder point", StockOverviewRow::reorderPoint,
                110));
        var alert = Columns.<StockOverviewRow, String>column("Alert",
                r -> r.belowReorderPoint() ? "▼ reorder" : "", 90);
        // Squeezed beside the command form, the alert must still read as a word.
        alert.setMinWidth(Columns.headerWidth("▼ reorder"));
        table.getColumns().add(alert);
        table.getColumns().add(Columns.numeric("Version", StockOverviewRow::version, 70));
        table.getColumns().add(Columns.column("Your last command", StockOverviewRow::stateText,
                150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(Columns.styledRows(StockView::classesOf,
                Set.of("below-reorder", "pending", "applied")));
        var sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(sku);

        // Only the operator's own click or arrow key picks a product for the form: a live
        // update may move the selection by itself, and must not change what they act on.
        Runnable pick = () -> {
            StockOverviewRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                selected.accept(row);
            }
        };
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> pick.run());
        table.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey()) {
                pick.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER
                    && table.getSelectionModel().getSelectedItem() != null) {
                opened.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                opened.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        setTop(bar);
        setCenter(table);
    }

    /**
     * Puts a tool (a screen's paper menu) on a line of its own under the table: the bar above
     * is full at 1280 pixels with the command form beside it.
     */
    public void addTool(javafx.scene.Node tool) {
        var line = new HBox(tool);
        line.setPadding(new Insets(4, 6, 0, 6));
        setBottom(line);
    }

    public TableView<StockOverviewRow> table() {
        return table;
    }

    private static List<String> classesOf(StockOverviewRow row) {
        var classes = new ArrayList<String>();
        if (row.belowReorderPoint()) {
            classes.add("below-reorder");
        }
        if (row.write() != null) {
            classes.add(row.write().applied() ? "applied" : "pending");
        }
        return classes;
    }
}
