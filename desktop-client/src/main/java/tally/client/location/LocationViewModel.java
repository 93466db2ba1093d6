package tally.client.location;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import tally.client.api.ProblemException;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.SkuQuantity;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.PendingWrites;
import tally.client.sync.Snapshot;
import tally.client.sync.Write;
import tally.client.ui.UiExecutor;

/** Every location, and the contents of the one selected, live from the stream. */
public final class LocationViewModel implements LiveListener {
    private final TallyApi api;
    private final UiExecutor ui;
    private final PendingWrites writes;
    private final ObservableList<LocationListRow> rows = FXCollections.observableArrayList();
    private final Map<String, Long> positionOf = new HashMap<>();
    private final StringProperty selected = new SimpleStringProperty(this, "selected", "");
    private final ObservableList<SkuQuantity> contents = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Select a location, or type or scan one.");
    private final LongProperty position = new SimpleLongProperty(this, "position");

    public LocationViewModel(TallyApi api, UiExecutor ui, PendingWrites writes) {
        this.api = api;
        this.ui = ui;
        this.writes = writes;
        writes.byLocation().addListener((MapChangeListener<String, Write>) change -> {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).location().equals(change.getKey())) {
                    rows.set(i, rows.get(i).with(change.getValueAdded()));
                }
            }
        });
    }

    public ObservableList<LocationListRow> rows() {
        return rows;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public ObservableList<SkuQuantity> contents() {
        return contents;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public LongProperty positionProperty() {
        return position;
    }

    public void select(String location) {
        String wanted = location == null ? "" : location.trim();
        selected.set(wanted);
        if (wanted.isEmpty()) {
            contents.clear();
            return;
        }
        message.set("Loading " + wanted + " …");
        ui.call(() -> api.location(wanted), this::show, e -> failed(wanted, e));
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed(LocationChanged(_, LocationContents contents)) -> changed(contents);
            case Changed(StockChanged _) -> { }
            case Changed(ActivityAdded _) -> { }
            case Changed(ProjectionChanged _) -> { }
            case Changed(OrderChanged _) -> { }
        }
    }

    private void resynced(Snapshot snapshot) {
        long at = snapshot.locations().position();
        positionOf.clear();
        rows.setAll(snapshot.locations().items().stream()
                .map(s -> LocationListRow.of(s, writes.byLocation().get(s.location())))
                .toList());
        rows.forEach(r -> positionOf.put(r.location(), at));
        position.set(at);
        if (!selected.get().isEmpty()) {
            select(selected.get());
        }
    }

    private void changed(LocationContents c) {
        position.set(Math.max(position.get(), c.position()));
        if (c.position() < positionOf.getOrDefault(c.location(), 0L)) {
            return;
        }
        positionOf.put(c.location(), c.position());
        var row = LocationListRow.of(c.line(), writes.byLocation().get(c.location()));
        int i = indexOf(c.location());
        if (i < 0) {
            rows.add(row);
        } else {
            rows.set(i, row);
        }
        show(c);
    }

    private void show(LocationContents c) {
        if (!c.location().equals(selected.get())) {
            return;
        }
        contents.setAll(c.items());
        message.set(c.items().isEmpty() ? c.location() + " is empty."
                : c.location() + " holds " + c.items().size() + " SKU"
                + (c.items().size() == 1 ? "" : "s") + ", as of position " + c.position() + ".");
    }

    private void failed(String wanted, RuntimeException e) {
        if (!wanted.equals(selected.get())) {
            return;
        }
        contents.clear();
        message.set(e instanceof ProblemException p && p.problem().status() == 404
                ? wanted + " has never held stock." : "Could not load " + wanted + ": "
                + (e instanceof ProblemException p ? p.problem().detail() : Unanswered.query(e)));
    }

    private int indexOf(String location) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).location().equals(location)) {
                return i;
            }
        }
        return -1;
    }
}
