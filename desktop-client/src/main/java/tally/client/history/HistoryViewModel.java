package tally.client.history;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.ProductHistory;
import tally.client.ui.LocalTimes;
import tally.client.ui.UiExecutor;

/** "Why is this number so": the events that made one product's figures, asked of the server. */
public final class HistoryViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final LocalTimes times;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String asked = "";

    public HistoryViewModel(TallyApi api, UiExecutor ui, LocalTimes times) {
        this.api = api;
        this.ui = ui;
        this.times = times;
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Loads the history of {@code sku}; {@code location} null for every location. */
    public void open(String sku, String location) {
        String key = sku + "@" + location;
        asked = key;
        title.set("History of " + sku + (location == null ? "" : " at " + location));
        rows.clear();
        message.set("Loading …");
        ui.call(() -> api.history(sku, location), h -> loaded(key, h), e -> failed(key, sku, e));
    }

    private void loaded(String key, ProductHistory history) {
        if (!key.equals(asked)) {
            return; // a later request replaced this one
        }
        rows.setAll(history.items().stream().map(i -> HistoryRow.of(i, times)).toList());
        message.set(history.items().size() + " event" + (history.items().size() == 1 ? "" : "s")
                + (history.earlier() == 0 ? ", oldest first."
                : ", the newest; " + history.earlier() + " older ones not shown.")
                + " Figures are those after each event.");
    }

    private void failed(String key, String sku, RuntimeException e) {
        if (!key.equals(asked)) {
            return;
        }
        message.set(e instanceof ProblemException p && p.problem().status() == 404
                ? "No product " + sku + " is registered."
                : "Could not load the history of " + sku + ": " + (e instanceof ProblemException p
                        ? p.problem().detail() : Unanswered.query(e)));
    }
}
