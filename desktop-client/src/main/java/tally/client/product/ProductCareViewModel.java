package tally.client.product;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.StockDetail;
import tally.client.ui.UiExecutor;

/**
 * A supervisor's care of the product shown: a new name ({@code rename-product}) and a new
 * reorder point ({@code change-reorder-point}). The fields start from the product's figures and
 * follow them live while untouched; a refusal is told once, by the field it concerns. The
 * product's figures themselves change when the stream brings the command's effect.
 */
public final class ProductCareViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final ObjectProperty<StockDetail> detail;
    private final ObservableBooleanValue allowed;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty nameError = new SimpleStringProperty(this, "nameError", "");
    private final StringProperty reorderPoint = new SimpleStringProperty(this, "reorderPoint", "");
    private final StringProperty reorderPointError =
            new SimpleStringProperty(this, "reorderPointError", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private StockDetail filledFrom;

    /** {@code detail}: the product shown; {@code allowed}: true for a user who may (supervisor). */
    public ProductCareViewModel(TallyApi api, UiExecutor ui, ObjectProperty<StockDetail> detail,
                                ObservableBooleanValue allowed) {
        this.api = api;
        this.ui = ui;
        this.detail = detail;
        this.allowed = allowed;
        detail.addListener((o, was, is) -> follow(is));
    }

    public ObservableBooleanValue allowedProperty() {
        return allowed;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty reorderPointProperty() {
        return reorderPoint;
    }

    public StringProperty reorderPointErrorProperty() {
        return reorderPointError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void rename() {
        StockDetail d = detail.get();
        if (!ready(d)) {
            return;
        }
        String wanted = name.get() == null ? "" : name.get().strip();
        if (wanted.isEmpty()) {
            nameError.set("Enter the new name.");
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("sku", d.sku());
        body.put("name", wanted);
        send("rename-product", body, "name", nameError, r -> r.version() <= d.version()
                ? d.sku() + " is already called \"" + wanted + "\": nothing recorded."
                : "Renamed " + d.sku() + " to \"" + wanted + "\" — position " + r.position()
                + ".");
    }

    public void changeReorderPoint() {
        StockDetail d = detail.get();
        if (!ready(d)) {
            return;
        }
        String typed = reorderPoint.get() == null ? ""
                : reorderPoint.get().strip().replace(",", "");
        long units;
        try {
            units = Long.parseLong(typed);
        } catch (NumberFormatException e) {
            reorderPointError.set("Enter whole units, 0 to 1,000,000.");
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("sku", d.sku());
        body.put("reorderPoint", units);
        send("change-reorder-point", body, "reorderPoint", reorderPointError,
                r -> r.version() <= d.version()
                        ? "The reorder point of " + d.sku() + " is " + units
                        + " already: nothing recorded."
                        : "Set the reorder point of " + d.sku() + " to " + units
                        + " — position " + r.position() + ".");
    }

    private boolean ready(StockDetail d) {
        if (d == null || busy.get() || !allowed.get()) {
            return false;
        }
        nameError.set("");
        reorderPointError.set("");
        message.set("");
        return true;
    }

    private void send(String command, Map<String, Object> body, String field,
                      StringProperty fieldError, Function<CommandResult, String> done) {
        busy.set(true);
        message.set("Sending …");
        ui.call(() -> api.command(command, body), r -> {
            busy.set(false);
            message.set(done.apply(r));
        }, e -> {
            busy.set(false);
            refused(e, field, fieldError);
        });
    }

    /** Once: by its field when it names this one, else on the line under the form. */
    private void refused(RuntimeException e, String field, StringProperty fieldError) {
        if (!(e instanceof ProblemException p)) {
            message.set(Unanswered.command(e));
            return;
        }
        if (ProblemException.endsSession(p)) {
            message.set("Not sent: the session has ended. Sign in again, then send: the form"
                    + " keeps what you typed.");
            return;
        }
        ProblemDetails problem = p.problem();
        var own = problem.errors().stream().filter(f -> f.field().equals(field)).findFirst();
        if (own.isPresent()) {
            message.set("");
            fieldError.set((field.equals("name") ? "The name " : "The reorder point ")
                    + own.get().message() + ".");
            return;
        }
        String words = problem.detail() == null || problem.detail().isBlank()
                ? problem.title() : problem.detail();
        message.set("Not done: " + words + ".");
    }

    /** A new product fills the fields; the same one, changed, moves what was not edited. */
    private void follow(StockDetail now) {
        StockDetail was = filledFrom;
        filledFrom = now;
        if (now == null) {
            return;
        }
        boolean same = was != null && was.sku().equals(now.sku());
        if (!same) {
            nameError.set("");
            reorderPointError.set("");
            message.set("");
        }
        if (!same || name.get().equals(was.name())) {
            name.set(now.name());
        }
        String point = String.valueOf(now.reorderPoint());
        if (!same || reorderPoint.get().equals(String.valueOf(was.reorderPoint()))) {
            reorderPoint.set(point);
        }
    }
}
