package tally.client.location;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.CommandResult;
import tally.client.ui.UiExecutor;

/**
 * What the bin forms share: a bin's code, name, zone and capacity as typed, the form's one-line
 * message and busy flag, and the sending of one command of the register with the server's
 * refusal said in one line. Shown only to a user who may; the server still decides.
 */
abstract class BinForm {
    final TallyApi api;
    final UiExecutor ui;
    final ObservableBooleanValue allowed;
    final StringProperty code = new SimpleStringProperty(this, "code", "");
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    BinForm(TallyApi api, UiExecutor ui, ObservableBooleanValue allowed) {
        this.api = api;
        this.ui = ui;
        this.allowed = allowed;
    }

    /** True for a user whose roles allow this form's commands (a supervisor). */
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

    /** The bin with the fields as typed, or null with the message saying why it is not sent. */
    Map<String, Object> bodyFor(String bin) {
        var body = new LinkedHashMap<String, Object>();
        body.put("location", bin);
        var notSent = BinBody.fill(body, name.get(), zone.get(), capacity.get());
        notSent.ifPresent(message::set);
        return notSent.isPresent() ? null : body;
    }

    /** Sends the command; {@code done} words the answer, {@code notDone} starts a refusal. */
    void send(String command, Map<String, Object> body, Consumer<CommandResult> done,
              String notDone) {
        busy.set(true);
        message.set("Sending …");
        ui.call(() -> api.command(command, body), r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            message.set(BinBody.refusal(notDone, e));
        });
    }
}
