package tally.client.activity;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.ui.Columns;
import tally.client.ui.Who;

/** What happened, newest first. */
public final class ActivityView extends BorderPane {

    public ActivityView(ActivityViewModel vm) {
        var table = new TableView<>(vm.items());
        table.setId("activityTable");
        table.setPlaceholder(new Label("Nothing has happened yet"));
        table.getColumns().add(Columns.numeric("Position", ActivityItem::position, 70));
        table.getColumns().add(Columns.column("When (UTC)", i -> shortTime(i.occurredAt()), 150));
        table.getColumns().add(Columns.column("Who", i -> Who.shown(i.user()), 110));
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

    static String shortTime(String iso) {
        if (iso == null) {
            return "";
        }
        String t = iso.replace('T', ' ');
        int dot = t.indexOf('.');
        return dot > 0 ? t.substring(0, dot) : t.replace("Z", "");
    }
}
