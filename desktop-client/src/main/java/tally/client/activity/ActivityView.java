package tally.client.activity;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.ui.Columns;
import tally.client.ui.LocalTimes;
import tally.client.ui.Who;

/** What happened, newest first. */
public final class ActivityView extends BorderPane {

    /** {@code times}: when each thing happened, on the PC's clock. */
    public ActivityView(ActivityViewModel vm, LocalTimes times) {
        var table = new TableView<>(vm.items());
        table.setId("activityTable");
        table.setPlaceholder(new Label("Nothing has happened yet"));
        table.getColumns().add(Columns.numeric("Position", ActivityItem::position, 70));
        table.getColumns().add(Columns.column("When", i -> times.shown(i.occurredAt()), 110));
        table.getColumns().add(Columns.column("Who", i -> Who.shown(i.user()), 125));
        table.getColumns().add(Columns.column("What", ActivityItem::type, 140));
        table.getColumns().add(Columns.column("Product", i -> productOf(i.stream()), 120));
        table.getColumns().add(Columns.column("Summary", ActivityItem::summary, 360));
        table.getColumns().forEach(c -> c.setSortable(false));
        var caption = new Label();
        caption.setId("activityCaption");
        caption.textProperty().bind(Bindings.concat("Activity read model at position ",
                vm.positionProperty()));
        BorderPane.setMargin(caption, new Insets(6));
        setTop(caption);
        setCenter(table);
    }

    static String productOf(String stream) {
        return stream != null && stream.startsWith("product-") ? stream.substring(8) : stream;
    }
}
