package tally.client.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * The place-order form: order id, customer, and lines added one at a time by scanning or typing
 * a SKU and a quantity (Enter adds the line; the same SKU again adds to its line). What the
 * server refuses is said by the field it names, {@code lines[1].quantity} on the second line.
 */
public final class PlaceOrderViewModel {
    /** One line of the order being written; {@code error} what the server said of it. */
    public record DraftLine(String sku, long quantity, String error) {
    }

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?(\\w*)");

    private final TallyApi api;
    private final UiExecutor ui;
    private final StringProperty orderId = new SimpleStringProperty(this, "orderId", "");
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final StringProperty sku = new SimpleStringProperty(this, "sku", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
    private final Map<String, StringProperty> errors = new HashMap<>();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Consumer<String> placed = id -> { };
    private String commandId;

    public PlaceOrderViewModel(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
        for (String field : List.of("orderId", "customer", "lines", "sku", "quantity")) {
            errors.put(field, new SimpleStringProperty(this, field + "Error", ""));
        }
    }

    public StringProperty orderIdProperty() {
        return orderId;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObservableList<DraftLine> lines() {
        return lines;
    }

    /** The refusal under a field: orderId, customer, lines, sku or quantity; "" when none. */
    public StringProperty errorProperty(String field) {
        return errors.get(field);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Told the id of each order placed from here. */
    public void onPlaced(Consumer<String> then) {
        placed = then;
    }

    /** Enter in the quantity (or the SKU) field: the line goes on the order; blank is 1. */
    public boolean addLine() {
        errors.get("sku").set("");
        errors.get("quantity").set("");
        String code = sku.get().strip();
        if (code.isEmpty()) {
            errors.get("sku").set("Scan or type a SKU.");
            return false;
        }
        long units;
        try {
            units = quantity.get().isBlank() ? 1 : Long.parseLong(quantity.get().strip());
        } catch (NumberFormatException e) {
            errors.get("quantity").set("A whole number of units, 1 to 1,000,000.");
            return false;
        }
        if (units < 1 || units > 1_000_000) {
            errors.get("quantity").set("A whole number of units, 1 to 1,000,000.");
            return false;
        }
        int at = indexOf(code);
        if (at < 0) {
            lines.add(new DraftLine(code, units, ""));
        } else {
            lines.set(at, new DraftLine(code, lines.get(at).quantity() + units, ""));
        }
        errors.get("lines").set("");
        sku.set("");
        quantity.set("");
        commandId = null;
        return true;
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
            commandId = null;
        }
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        var body = new HashMap<String, Object>();
        if (commandId == null) {
            commandId = UUID.randomUUID().toString();
        }
        body.put("commandId", commandId);
        body.put("orderId", orderId.get().strip());
        if (!customer.get().isBlank()) {
            body.put("customer", customer.get().strip());
        }
        var sent = new ArrayList<Map<String, Object>>();
        lines.forEach(l -> sent.add(Map.of("sku", l.sku(), "quantity", l.quantity())));
        body.put("lines", sent);
        List<DraftLine> order = List.copyOf(lines);
        busy.set(true);
        message.set("Placing " + orderId.get().strip() + " …");
        ui.call(() -> api.command("place-order", body), done -> {
            busy.set(false);
            String id = body.get("orderId").toString();
            message.set("Placed " + id + ": " + order.size() + " line"
                    + (order.size() == 1 ? "" : "s") + ", "
                    + order.stream().mapToLong(DraftLine::quantity).sum()
                    + " units. The allocation reserves stock for it.");
            clear();
            placed.accept(id);
        }, this::refused);
    }

    private void clear() {
        orderId.set("");
        customer.set("");
        sku.set("");
        quantity.set("");
        lines.clear();
        commandId = null;
    }

    private void refused(RuntimeException e) {
        busy.set(false);
        if (!(e instanceof ProblemException p)) {
            message.set(PlainWords.of(e));
            return;
        }
        ProblemDetails problem = p.problem();
        if (problem.status() == 400 && !problem.errors().isEmpty()) {
            problem.errors().forEach(this::byField);
            message.set("Not placed: see the fields marked.");
            return;
        }
        String words = PlainWords.of(problem);
        if (problem.status() == 422) {
            markLineNamedIn(words);
            if (problem.slug().contains("exist")) {
                errors.get("orderId").set(words);
            }
        }
        message.set("Not placed: " + words);
    }

    private void byField(ProblemDetails.FieldError error) {
        String text = PlainWords.sentence(error.message());
        Matcher line = LINE_FIELD.matcher(error.field());
        if (line.matches()) {
            int i = Integer.parseInt(line.group(1));
            if (i < lines.size()) {
                DraftLine l = lines.get(i);
                String what = line.group(2).isEmpty() ? "" : line.group(2) + ": ";
                lines.set(i, new DraftLine(l.sku(), l.quantity(), what + text));
                return;
            }
        }
        StringProperty field = errors.getOrDefault(error.field(), errors.get("lines"));
        field.set(field.get().isEmpty() ? text : field.get() + " " + text);
    }

    /** A 422 about a SKU ("no product SKU-9 is registered") marks the line of that SKU. */
    private void markLineNamedIn(String words) {
        for (int i = 0; i < lines.size(); i++) {
            DraftLine l = lines.get(i);
            if (Pattern.compile("\\b" + Pattern.quote(l.sku()) + "\\b").matcher(words).find()) {
                lines.set(i, new DraftLine(l.sku(), l.quantity(), words));
            }
        }
    }

    private int indexOf(String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
