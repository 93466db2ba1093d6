package tally.client.activity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.Snapshot;

/** The activity feed, newest first, as the activity read model tells it. */
public final class ActivityViewModel implements LiveListener {
    static final int KEEP = 200;
    private static final Comparator<ActivityItem> NEWEST_FIRST =
            Comparator.comparingLong(ActivityItem::position).reversed();

    private final ObservableList<ActivityItem> items = FXCollections.observableArrayList();
    private final Set<Long> shown = new HashSet<>();
    private final LongProperty position = new SimpleLongProperty(this, "position");

    public ObservableList<ActivityItem> items() {
        return items;
    }

    public LongProperty positionProperty() {
        return position;
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed(ActivityAdded(_, ActivityItem item)) -> added(item);
            case Changed(StockChanged _) -> { }
            case Changed(LocationChanged _) -> { }
            case Changed(ProjectionChanged _) -> { }
            case Changed(OrderChanged _) -> { }
        }
    }

    private void resynced(Snapshot snapshot) {
        shown.clear();
        var fresh = snapshot.activity().items().stream().sorted(NEWEST_FIRST).limit(KEEP).toList();
        fresh.forEach(i -> shown.add(i.position()));
        items.setAll(fresh);
        position.set(snapshot.activity().position());
    }

    /** Usually the newest and so on top; a replayed one (after a rebuild) goes where it belongs. */
    private void added(ActivityItem item) {
        position.set(Math.max(position.get(), item.position()));
        if (!shown.add(item.position())) {
            return;
        }
        int at = 0;
        while (at < items.size() && items.get(at).position() > item.position()) {
            at++;
        }
        if (at >= KEEP) {
            shown.remove(item.position());
            return;
        }
        items.add(at, item);
        while (items.size() > KEEP) {
            shown.remove(items.remove(items.size() - 1).position());
        }
    }
}
