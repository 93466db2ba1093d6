package tally.client.sync;

import java.util.Collection;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.ui.UiExecutor;

/**
 * Read-your-writes, made visible: the rows a command touched stay pending until the read model
 * that shows them has reached the command's position, as a stream message or a query says.
 * UI thread only.
 */
public final class PendingWrites implements LiveListener {
    static final int WAIT_MILLIS = 30_000;

    private final TallyApi api;
    private final UiExecutor ui;
    private final ObservableMap<String, Write> bySku = FXCollections.observableHashMap();
    private final ObservableMap<String, Write> byLocation = FXCollections.observableHashMap();
    private long stockAt;
    private long locationsAt;

    public PendingWrites(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
    }

    public ObservableMap<String, Write> bySku() {
        return bySku;
    }

    public ObservableMap<String, Write> byLocation() {
        return byLocation;
    }

    /** A command at {@code position} touched this product and these locations. */
    public void issued(String sku, Collection<String> locations, long position) {
        bySku.put(sku, new Write(position, position <= stockAt));
        for (String location : locations) {
            byLocation.put(location, new Write(position, position <= locationsAt));
        }
        // One query that waits for the stock read model; the stream usually answers first.
        ui.call(() -> api.stock(sku, position, WAIT_MILLIS), s -> stockReached(s.position()),
                e -> { /* the stream will tell, or the next resync */ });
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed(StockChanged(_, StockDetail stock)) -> stockReached(stock.position());
            case Changed(LocationChanged(_, LocationContents contents)) ->
                    locationsReached(contents.position());
            case Changed(ProjectionChanged(_, ProjectionStatus status)) -> projection(status);
            case Changed(ActivityAdded _) -> { }
            case Changed(OrderChanged _) -> { }
        }
    }

    private void resynced(Snapshot snapshot) {
        stockAt = snapshot.stock().position();
        locationsAt = snapshot.locations().position();
        settle(bySku, stockAt);
        settle(byLocation, locationsAt);
    }

    /** The projection's own figure is the truth, also when a rebuild takes it backwards. */
    private void projection(ProjectionStatus projection) {
        if ("stock".equals(projection.name())) {
            stockAt = projection.position();
            settle(bySku, stockAt);
        } else if ("locations".equals(projection.name())) {
            locationsAt = projection.position();
            settle(byLocation, locationsAt);
        }
    }

    private void stockReached(long position) {
        stockAt = Math.max(stockAt, position);
        settle(bySku, stockAt);
    }

    private void locationsReached(long position) {
        locationsAt = Math.max(locationsAt, position);
        settle(byLocation, locationsAt);
    }

    private static void settle(ObservableMap<String, Write> writes, long readModelAt) {
        for (Map.Entry<String, Write> e : Map.copyOf(writes).entrySet()) {
            Write w = e.getValue();
            if (!w.applied() && w.position() <= readModelAt) {
                writes.put(e.getKey(), new Write(w.position(), true));
            }
        }
    }
}
