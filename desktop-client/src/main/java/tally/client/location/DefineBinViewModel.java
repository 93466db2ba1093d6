package tally.client.location;

import java.util.LinkedHashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * A supervisor's small form that puts a bin in the register ({@code define-location}): its
 * code, and optionally a name, zone and capacity. Shown only to a user who may; the server
 * still decides, and its refusal is shown in its own words.
 */
public final class DefineBinViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final ObservableBooleanValue allowed;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public DefineBinViewModel(TallyApi api, UiExecutor ui, ObservableBooleanValue allowed) {
        this.api = api;
        this.ui = ui;
        this.allowed = allowed;
    }

    /** True for a user whose roles allow defining a bin (a supervisor). */
    public ObservableBooleanValue allowedProperty() {
        return allowed;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void define() {
        String bin = code.get().trim();
        if (busy.get() || !allowed.get()) {
            return;
        }
        if (bin.isEmpty()) {
            message.set("Not sent: enter the bin's code.");
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("location", bin);
        var notSent = BinBody.fill(body, name.get(), zone.get(), capacity.get());
        if (notSent.isPresent()) {
            message.set(notSent.get());
            return;
        }
        busy.set(true);
        message.set("Sending …");
        ui.call(() -> api.command("define-location", body), r -> {
            busy.set(false);
            message.set("Bin " + bin + " is in the register — position " + r.position() + ".");
            code.set("");
            name.set("");
            zone.set("");
            capacity.set("");
        }, e -> {
            busy.set(false);
            message.set(BinBody.refusal("Not defined: ", e));
        });
    }
}
