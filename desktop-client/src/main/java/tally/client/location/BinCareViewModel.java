package tally.client.location;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import tally.client.api.TallyApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.BinLine;
import tally.client.api.WireShapes.BinList;
import tally.client.api.WireShapes.CommandResult;
import tally.client.ui.UiExecutor;

/**
 * A supervisor's change or retirement of a bin in the register ({@code change-location},
 * {@code retire-location}). It takes up the location chosen on the screen and fills in what
 * the register holds for it, because a change clears what it leaves out. A refusal (a retire
 * of a bin that still holds units) is the server's, in one line.
 */
public final class BinCareViewModel extends BinForm {

    /** {@code chosen}: the location chosen on the Locations screen, taken up as it changes. */
    public BinCareViewModel(TallyApi api, UiExecutor ui, ObservableStringValue chosen,
                            ObservableBooleanValue allowed) {
        super(api, ui, allowed);
        chosen.addListener((o, was, is) -> {
            if (allowed.get() && is != null && !is.isBlank()) {
                take(is.strip());
            }
        });
    }

    /** Takes up a bin: its code, and what the register says of it. */
    public void take(String bin) {
        code.set(bin);
        ui.call(api::bins, list -> filled(bin, list),
                e -> message.set("The register could not be read: " + Unanswered.query(e)));
    }

    public void change() {
        String bin = code.get().strip();
        if (!ready(bin)) {
            return;
        }
        var body = bodyFor(bin);
        if (body != null) {
            send("change-location", body, done("Changed bin " + bin), "Not changed: ");
        }
    }

    public void retire() {
        String bin = code.get().strip();
        if (ready(bin)) {
            send("retire-location", Map.of("location", bin), done("Retired bin " + bin),
                    "Not retired: ");
        }
    }

    private boolean ready(String bin) {
        if (busy.get() || !allowed.get()) {
            return false;
        }
        if (bin.isEmpty()) {
            message.set("Not sent: choose a location, or enter the bin's code.");
            return false;
        }
        return true;
    }

    private Consumer<CommandResult> done(String what) {
        return r -> message.set(what + " — position " + r.position() + ".");
    }

    private void filled(String bin, BinList register) {
        if (!bin.equals(code.get())) {
            return;
        }
        BinLine line = register.items().stream().filter(b -> b.location().equals(bin))
                .findFirst().orElse(null);
        name.set(line == null || line.name() == null ? "" : line.name());
        zone.set(line == null || line.zone() == null ? "" : line.zone());
        capacity.set(line == null || line.capacity() == null ? "" : line.capacity().toString());
        message.set(line == null ? bin + " is not in the register."
                : line.retired() ? bin + " is retired; define it again to use it."
                : "What you leave empty is cleared when you change " + bin + ".");
    }
}
