package tally.client.stock;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockLine;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.PendingWrites;
import tally.client.sync.Snapshot;
import tally.client.sync.Write;

/** The stock overview: every product, live from the stream, filtered as the operator asks. */
public final class StockViewModel implements LiveListener {
    private final PendingWrites writes;
    private final ObservableList<StockOverviewRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StockOverviewRow> visible = new FilteredList<>(rows);
    private final Map<String, Long> positionOf = new HashMap<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private long below;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final BooleanProperty belowOnly = new SimpleBooleanProperty(this, "belowOnly");
    private final LongProperty position = new SimpleLongProperty(this, "position");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public StockViewModel(PendingWrites writes) {
        this.writes = writes;
        filter.addListener((o, was, is) -> refilter());
        belowOnly.addListener((o, was, is) -> refilter());
        writes.bySku().addListener((MapChangeListener<String, Write>) change ->
                indexOf(change.getKey()).ifPresent(i -> rows.set(i,
                        StockOverviewRow.of(rows.get(i).line(), change.getValueAdded()))));
        rows.addListener((ListChangeListener<StockOverviewRow>) this::countBelow);
        summarise();
    }

    public FilteredList<StockOverviewRow> visibleRows() {
        return visible;
    }

    public ObservableList<StockOverviewRow> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty belowOnlyProperty() {
        return belowOnly;
    }

    /** The stock read model's position as this screen last heard it. */
    public LongProperty positionProperty() {
        return position;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Optional<StockLine> find(String sku) {
        return indexOf(sku).map(i -> rows.get(i).line());
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed(StockChanged(_, StockDetail stock)) -> changed(stock);
            case Changed(LocationChanged _) -> { }
            case Changed(ActivityAdded _) -> { }
            case Changed(ProjectionChanged _) -> { }
            case Changed(OrderChanged _) -> { }
        }
    }

    private void resynced(Snapshot snapshot) {
        long at = snapshot.stock().position();
        positionOf.clear();
        indexOf.clear();
        var fresh = snapshot.stock().items().stream()
                .map(item -> StockOverviewRow.of(item, writes.bySku().get(item.sku())))
                .toList();
        for (int i = 0; i < fresh.size(); i++) {
            indexOf.put(fresh.get(i).sku(), i);
            positionOf.put(fresh.get(i).sku(), at);
        }
        rows.setAll(fresh);
        position.set(at);
    }

    /** Newer wins: a message older than what a row already shows is a replay and is ignored. */
    private void changed(StockDetail stock) {
        position.set(Math.max(position.get(), stock.position()));
        if (stock.position() < positionOf.getOrDefault(stock.sku(), 0L)) {
            return;
        }
        positionOf.put(stock.sku(), stock.position());
        var row = StockOverviewRow.of(stock.line(), writes.bySku().get(stock.sku()));
        indexOf(stock.sku()).ifPresentOrElse(i -> rows.set(i, row), () -> {
            indexOf.put(stock.sku(), rows.size());
            rows.add(row);
        });
    }

    private Optional<Integer> indexOf(String sku) {
        return Optional.ofNullable(indexOf.get(sku));
    }

    private void refilter() {
        String needle = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        boolean below = belowOnly.get();
        visible.setPredicate(r -> (!below || r.belowReorderPoint())
                && (needle.isEmpty() || r.sku().toLowerCase(Locale.ROOT).contains(needle)
                || r.name().toLowerCase(Locale.ROOT).contains(needle)));
        summarise();
    }

    private void countBelow(ListChangeListener.Change<? extends StockOverviewRow> change) {
        while (change.next()) {
            below -= change.getRemoved().stream()
                    .filter(StockOverviewRow::belowReorderPoint).count();
            below += change.getAddedSubList().stream()
                    .filter(StockOverviewRow::belowReorderPoint).count();
        }
        summarise();
    }

    private void summarise() {
        summary.set(visible.size() + " of " + rows.size() + " products shown, " + below
                + " below their reorder point");
    }
}
