package tally.client.orders;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.OrderLine;
import tally.client.api.WireShapes.OrderSummary;
import tally.client.api.WireShapes.PickItem;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.Snapshot;
import tally.client.ui.UiExecutor;

/**
 * Every order, newest first, live from the stream and filtered by status; one chosen order
 * with its lines and its pick list, which follow the stream too; cancelling it.
 */
public final class OrdersViewModel implements LiveListener {
    private final TallyApi api;
    private final UiExecutor ui;
    private final ObservableList<OrderDetail> rows = FXCollections.observableArrayList();
    private final FilteredList<OrderDetail> visible = new FilteredList<>(rows);
    private final Map<String, Long> positionOf = new HashMap<>();
    /** How many lines the list said an order has, for its row until the order itself is heard. */
    private final Map<String, Integer> listedLines = new HashMap<>();
    private final StringProperty status = new SimpleStringProperty(this, "status", "All");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<OrderDetail> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableList<OrderLine> lines = FXCollections.observableArrayList();
    private final ObservableList<PickItem> pickList = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Choose an order to see its lines and its pick list.");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanBinding mayCancel;

    public OrdersViewModel(TallyApi api, UiExecutor ui, ObservableBooleanValue supervisor) {
        this.api = api;
        this.ui = ui;
        status.addListener((o, was, is) -> refilter());
        rows.addListener((ListChangeListener<OrderDetail>) c -> summarise());
        mayCancel = Bindings.createBooleanBinding(() -> supervisor.get() && chosen.get() != null
                && OrderStatusMeanings.open(chosen.get().status()), supervisor, chosen);
        summarise();
    }

    public FilteredList<OrderDetail> visibleRows() {
        return visible;
    }

    /** The row's number of lines: its own once heard, else what the list said. */
    public int lineCount(OrderDetail row) {
        return row.lines().isEmpty() ? listedLines.getOrDefault(row.orderId(), 0)
                : row.lines().size();
    }

    /** "All" or one of docs/api.md's statuses. */
    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<OrderDetail> chosenProperty() {
        return chosen;
    }

    public ObservableList<OrderLine> lines() {
        return lines;
    }

    public ObservableList<PickItem> pickList() {
        return pickList;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Why the order is cancelled: optional, sent as {@code reason}. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** A supervisor, and the chosen order neither shipped nor cancelled. */
    public BooleanBinding mayCancelProperty() {
        return mayCancel;
    }

    public void choose(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return;
        }
        load(orderId.trim(), 0);
    }

    public void cancel() {
        OrderDetail order = chosen.get();
        if (order == null || !mayCancel.get()) {
            return;
        }
        var body = new HashMap<String, Object>();
        body.put("commandId", UUID.randomUUID().toString());
        body.put("orderId", order.orderId());
        if (!reason.get().isBlank()) {
            body.put("reason", reason.get().strip());
        }
        message.set("Cancelling " + order.orderId() + " …");
        ui.call(() -> api.command("cancel-order", body), done -> {
            reason.set("");
            message.set("Cancelled " + order.orderId() + ": the allocation releases what was"
                    + " reserved for it.");
            load(order.orderId(), done.position());
        }, e -> message.set(PlainWords.refusal("Not cancelled: ", e)));
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed(OrderChanged(_, OrderDetail order)) -> changed(order);
            case Changed(StockChanged _) -> { }
            case Changed(LocationChanged _) -> { }
            case Changed(ActivityAdded _) -> { }
            case Changed(ProjectionChanged _) -> { }
        }
    }

    private void resynced(Snapshot snapshot) {
        positionOf.clear();
        long at = snapshot.orders().position();
        listedLines.clear();
        snapshot.orders().items().forEach(o -> {
            positionOf.put(o.orderId(), at);
            listedLines.put(o.orderId(), o.lines());
        });
        rows.setAll(snapshot.orders().items().stream().map(OrderSummary::asRow).toList());
        if (chosen.get() != null) {
            load(chosen.get().orderId(), 0);
        }
    }

    /** Newer wins; a new order goes on top, as the list is newest first. */
    private void changed(OrderDetail order) {
        if (order.position() < positionOf.getOrDefault(order.orderId(), 0L)) {
            return;
        }
        positionOf.put(order.orderId(), order.position());
        int i = indexOf(order.orderId());
        if (i < 0) {
            rows.add(0, order);
        } else {
            rows.set(i, order);
        }
        if (chosen.get() != null && chosen.get().orderId().equals(order.orderId())) {
            show(order);
            ui.call(() -> api.pickList(order.orderId(), order.position()),
                    list -> pickList.setAll(list.items()), e -> { });
        }
    }

    private void load(String orderId, long minPosition) {
        ui.call(() -> new Loaded(api.order(orderId, minPosition),
                api.pickList(orderId, minPosition).items()), loaded -> {
                    show(loaded.order());
                    pickList.setAll(loaded.pickList());
                }, e -> {
                    chosen.set(null);
                    lines.clear();
                    pickList.clear();
                    message.set(PlainWords.notFound(e) ? "No order " + orderId + "."
                            : "Could not load " + orderId + ": " + PlainWords.ofQuery(e));
                });
    }

    private record Loaded(OrderDetail order, java.util.List<PickItem> pickList) {
    }

    private void show(OrderDetail order) {
        chosen.set(order);
        lines.setAll(order.lines());
        message.set(order.orderId() + " is " + order.status() + ": "
                + OrderStatusMeanings.meaning(order.status()) + ".");
    }

    private int indexOf(String orderId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).orderId().equals(orderId)) {
                return i;
            }
        }
        return -1;
    }

    private void refilter() {
        String wanted = status.get();
        visible.setPredicate(o -> wanted == null || wanted.equals("All")
                || wanted.equals(o.status()));
        summarise();
    }

    private void summarise() {
        long open = rows.stream().filter(o -> OrderStatusMeanings.open(o.status())).count();
        summary.set(visible.size() + " of " + rows.size() + " orders shown, " + open + " open");
    }
}
