package tally.client.location;

import javafx.beans.value.ObservableBooleanValue;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * A supervisor's small form that puts a bin in the register ({@code define-location}): its
 * code, and optionally a name, zone and capacity. Shown only to a user who may; the server
 * still decides, and its refusal is shown in its own words.
 */
public final class DefineBinViewModel extends BinForm {

    public DefineBinViewModel(TallyApi api, UiExecutor ui, ObservableBooleanValue allowed) {
        super(api, ui, allowed);
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
        var body = bodyFor(bin);
        if (body == null) {
            return;
        }
        send("define-location", body, r -> {
            message.set("Bin " + bin + " is in the register — position " + r.position() + ".");
            code.set("");
            name.set("");
            zone.set("");
            capacity.set("");
        }, "Not defined: ");
    }
}
