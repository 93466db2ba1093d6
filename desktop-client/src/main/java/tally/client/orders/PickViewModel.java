package tally.client.orders;

import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.PickItem;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.ui.UiExecutor;

/**
 * The pick screen, driven by a scanner: scan the order, then for each item of its pick list in
 * walk order scan the location, scan the SKU, enter or scan the quantity. Each scan is checked
 * against the list before anything is sent; a pick is {@code confirm-pick}. Fewer units than
 * listed is a count of that location ({@code adjust-stock}), after which the allocation moves
 * the reservation and the list follows. Complete, the order is shipped by one who may.
 * {@link #stepProperty()} names the field the next scan fills.
 */
public final class PickViewModel implements LiveListener {
    public enum Step { ORDER, LOCATION, SKU, QUANTITY, COUNT, SHIP }

    private final ObservableBooleanValue mayShip;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.ORDER);
    private final Map<Step, StringProperty> inputs = Map.of(
            Step.ORDER, new SimpleStringProperty(""), Step.LOCATION, new SimpleStringProperty(""),
            Step.SKU, new SimpleStringProperty(""), Step.QUANTITY, new SimpleStringProperty(""),
            Step.COUNT, new SimpleStringProperty(""));
    private final ObjectProperty<OrderDetail> order = new SimpleObjectProperty<>(this, "order");
    private final ObservableList<PickItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<PickItem> current = new SimpleObjectProperty<>(this, "current");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt",
            "Scan the order to pick.");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty wrong = new SimpleBooleanProperty(this, "wrong");
    private final PickCalls calls;
    private long scanned;

    public PickViewModel(TallyApi api, UiExecutor ui, ObservableBooleanValue mayShip) {
        this.calls = new PickCalls(api, ui);
        this.mayShip = mayShip;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    /** The text of the field of that step (ORDER, LOCATION, SKU, QUANTITY or COUNT). */
    public StringProperty input(Step of) {
        return inputs.get(of);
    }

    public ObjectProperty<OrderDetail> orderProperty() {
        return order;
    }
    /** What is left to pick, in walk order; the first is the current item. */
    public ObservableList<PickItem> items() {
        return items;
    }

    public ObjectProperty<PickItem> currentProperty() {
        return current;
    }
    /** What to do next, in a sentence, e.g. "Go to A-01-01 and scan the location." */
    public StringProperty promptProperty() {
        return prompt;
    }

    /** What the last scan or command came to. */
    public StringProperty messageProperty() {
        return message;
    }

    /** True when the message says a scan or command was refused. */
    public BooleanProperty wrongProperty() {
        return wrong;
    }

    public BooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    /** Enter in the field of the current step. */
    public void scanned() {
        if (calls.busyProperty().get() || step.get() == Step.ORDER && input(Step.ORDER).get()
                .isBlank()) {
            return;
        }
        String text = step.get() == Step.SHIP ? "" : inputs.get(step.get()).get().strip();
        switch (step.get()) {
            case ORDER -> load(text, 0, true);
            case LOCATION -> check(text, current.get().location(), Step.SKU,
                    "This is " + text + ": go to " + current.get().location() + ".");
            case SKU -> check(text, current.get().sku(), Step.QUANTITY,
                    "This is " + text + ": pick " + current.get().sku() + " here.");
            case QUANTITY -> quantity(text);
            case COUNT -> count(text);
            case SHIP -> ship();
        }
    }

    /** Fewer units here than listed: count the location instead of picking. */
    public void countInstead() {
        if (current.get() != null && !calls.busyProperty().get()) {
            to(Step.COUNT);
        }
    }

    /** Back to scanning an order, leaving this one as it is. */
    public void another() {
        order.set(null);
        items.clear();
        current.set(null);
        inputs.values().forEach(i -> i.set(""));
        to(Step.ORDER);
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Changed(OrderChanged(_, OrderDetail changed)) -> {
                if (order.get() != null && changed.orderId().equals(order.get().orderId())
                        && !calls.busyProperty().get()) {
                    load(changed.orderId(), changed.position(), false);
                }
            }
            case Resynced _ -> {
                if (order.get() != null && !calls.busyProperty().get()) {
                    load(order.get().orderId(), 0, false);
                }
            }
            case Changed(StockChanged _), Changed(LocationChanged _),
                 Changed(ActivityAdded _), Changed(ProjectionChanged _) -> { }
        }
    }

    private void check(String text, String expected, Step next, String otherwise) {
        if (text.equals(expected)) {
            said("");
            to(next);
        } else {
            inputs.get(step.get()).set("");
            refuse(otherwise);
        }
    }

    /** A number is the quantity; the SKU scanned again counts one unit more. */
    private void quantity(String text) {
        PickItem item = current.get();
        var entry = QuantityEntry.read(text, item, scanned);
        scanned = entry.scanned();
        inputs.get(Step.QUANTITY).set("");
        if (entry.refusal() != null) {
            refuse(entry.refusal());
        } else if (entry.quantity() == 0) {
            said(scanned + " of " + item.quantity() + " scanned.");
            prompt.set(promptFor(Step.QUANTITY));
        } else if (entry.quantity() < item.quantity()) {
            inputs.get(Step.COUNT).set(Long.toString(entry.quantity()));
            to(Step.COUNT);
            said(PickWords.shortPick(item, entry.quantity()));
        } else {
            confirm(item, entry.quantity());
        }
    }

    private void confirm(PickItem item, long q) {
        String orderId = order.get().orderId();
        send("confirm-pick", Map.of("orderId", orderId, "sku", item.sku(), "location",
                item.location(), "quantity", q), position -> {
                    said("Picked " + q + " of " + item.sku() + " at " + item.location() + ".");
                    load(orderId, position, false);
                });
    }

    private void count(String text) {
        PickItem item = current.get();
        long counted;
        try {
            counted = Long.parseLong(text);
        } catch (NumberFormatException e) {
            refuse("Enter how many units of " + item.sku() + " are at " + item.location()
                    + " in all (0 if none).");
            return;
        }
        String orderId = order.get().orderId();
        send("adjust-stock", Map.of("sku", item.sku(), "location", item.location(),
                "countedQuantity", counted, "reason", "short pick for " + orderId),
                position -> {
                    said("Counted " + counted + " of " + item.sku() + " at " + item.location()
                            + ". The pick list follows the allocation.");
                    load(orderId, position, false);
                });
    }

    private void ship() {
        String orderId = order.get().orderId();
        send("ship-order", Map.of("orderId", orderId), position -> {
            another();
            said("Shipped " + orderId + ".");
        });
    }

    private void send(String command, Map<String, Object> fields, LongConsumer then) {
        calls.send(command, fields, then, e -> {
            refuse(PlainWords.of(e));
            if (order.get() != null) {
                load(order.get().orderId(), 0, false);
            }
        });
    }

    private void load(String orderId, long minPosition, boolean fresh) {
        calls.load(orderId, minPosition, loaded -> walk(loaded, fresh), e -> {
            if (fresh) {
                inputs.get(Step.ORDER).set("");
                refuse(PlainWords.noOrder(orderId, e));
            }
        });
    }

    /** Goes on with the first item left; the same item as before keeps the step it was at. */
    private void walk(PickCalls.Loaded loaded, boolean fresh) {
        OrderDetail o = loaded.order();
        PickItem was = current.get();
        order.set(o);
        items.setAll(loaded.items());
        if (items.isEmpty()) {
            current.set(null);
            nothingToPick(o);
            return;
        }
        PickItem next = items.get(0);
        current.set(next);
        boolean same = !fresh && was != null && was.sku().equals(next.sku())
                && was.location().equals(next.location()) && step.get() != Step.ORDER;
        if (same) {
            // Counted short, the picker stands at the location with the SKU in hand.
            to(step.get() == Step.COUNT ? Step.QUANTITY : step.get());
            return;
        }
        scanned = 0;
        // The order's id stays in its field: the picker sees which order they walk.
        inputs.forEach((at, i) -> i.set(at == Step.ORDER ? o.orderId() : ""));
        if (fresh) {
            said(PickWords.loaded(o, items.size()));
        }
        to(Step.LOCATION);
    }

    private void nothingToPick(OrderDetail o) {
        inputs.values().forEach(i -> i.set(""));
        if (o.status().equals("PICKED") && mayShip.get()) {
            to(Step.SHIP);
            return;
        }
        order.set(null);
        to(Step.ORDER);
        if (o.status().equals("PICKED")) {
            said(PickWords.readyToShip(o.orderId()));
        } else {
            refuse(PickWords.nothingToPick(o));
        }
    }

    private void to(Step next) {
        step.set(next);
        prompt.set(promptFor(next));
    }

    private String promptFor(Step s) {
        return PickWords.prompt(s, current.get(), order.get(), scanned);
    }

    private void said(String text) {
        wrong.set(false);
        message.set(text);
    }

    private void refuse(String text) {
        wrong.set(true);
        message.set(text);
    }
}
