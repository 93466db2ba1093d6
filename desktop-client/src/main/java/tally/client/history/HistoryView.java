package tally.client.history;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import tally.client.ui.Columns;

/** A product's history: one row per event, with what stood where after it. */
public final class HistoryView extends BorderPane {

    public HistoryView(HistoryViewModel vm) {
        var title = new Label();
        title.setId("historyTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(vm.titleProperty());
        var message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(vm.messageProperty());

        var table = new TableView<>(vm.rows());
        table.setId("historyTable");
        table.setPlaceholder(new Label("No events"));
        table.getColumns().add(Columns.column("Time", HistoryRow::time, 150));
        table.getColumns().add(Columns.column("Who", HistoryRow::who, 120));
        table.getColumns().add(Columns.column("What", HistoryRow::what, 330));
        table.getColumns().add(Columns.column("Quantities after", HistoryRow::after, 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        var header = new VBox(6, title, message);
        header.setPadding(new Insets(8));
        setTop(header);
        setCenter(table);
    }
}
