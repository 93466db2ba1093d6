package tally.client.product;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.api.WireShapes.StockDetail;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.PendingWrites;
import tally.client.sync.Write;
import tally.client.ui.UiExecutor;

/** One product and the locations that hold it: queried once, then kept live by the stream. */
public final class ProductViewModel implements LiveListener {
    private final TallyApi api;
    private final UiExecutor ui;
    private final PendingWrites writes;
    private final StringProperty sku = new SimpleStringProperty(this, "sku", "");
    private final ObjectProperty<StockDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObservableList<LocationQuantity> locations = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Type or scan a SKU, or open a row of the stock overview.");
    private final ObjectProperty<Write> write = new SimpleObjectProperty<>(this, "write");
    private String shown = "";

    public ProductViewModel(TallyApi api, UiExecutor ui, PendingWrites writes) {
        this.api = api;
        this.ui = ui;
        this.writes = writes;
        writes.bySku().addListener((MapChangeListener<String, Write>) change -> {
            if (change.getKey().equals(shown)) {
                write.set(change.getValueAdded());
            }
        });
    }

    /** The SKU field; {@link #show()} loads what it names. */
    public StringProperty skuProperty() {
        return sku;
    }

    public ObjectProperty<StockDetail> detailProperty() {
        return detail;
    }

    public ObservableList<LocationQuantity> locations() {
        return locations;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Write> writeProperty() {
        return write;
    }

    public void show(String wanted) {
        sku.set(wanted);
        show();
    }

    public void show() {
        String wanted = sku.get() == null ? "" : sku.get().trim();
        if (wanted.isEmpty()) {
            return;
        }
        shown = wanted;
        write.set(writes.bySku().get(wanted));
        message.set("Loading " + wanted + " …");
        ui.call(() -> api.stock(wanted, 0, 0), this::loaded, e -> failed(wanted, e));
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced _ -> reload();
            case Changed(StockChanged(_, StockDetail stock)) -> changed(stock);
            case Changed(LocationChanged _) -> { }
            case Changed(ActivityAdded _) -> { }
            case Changed(ProjectionChanged _) -> { }
            case Changed(OrderChanged _) -> { }
        }
    }

    private void reload() {
        if (!shown.isEmpty()) {
            ui.call(() -> api.stock(shown, 0, 0), this::loaded, e -> failed(shown, e));
        }
    }

    private void changed(StockDetail stock) {
        StockDetail now = detail.get();
        if (stock.sku().equals(shown) && (now == null || stock.position() >= now.position())) {
            loaded(stock);
        }
    }

    private void loaded(StockDetail stock) {
        if (!stock.sku().equals(shown)) {
            return;
        }
        detail.set(stock);
        locations.setAll(stock.locations());
        message.set(stock.locations().isEmpty() ? "No stock of " + stock.sku() + " anywhere."
                : stock.sku() + " lies in " + stock.locations().size() + " location"
                + (stock.locations().size() == 1 ? "." : "s."));
    }

    private void failed(String wanted, RuntimeException e) {
        if (!wanted.equals(shown)) {
            return;
        }
        detail.set(null);
        locations.clear();
        if (e instanceof ProblemException p && p.problem().status() == 404) {
            message.set("No product " + wanted + " is registered.");
        } else {
            message.set("Could not load " + wanted + ": " + (e instanceof ProblemException p
                    ? p.problem().detail() : Unanswered.query(e)));
        }
    }
}
