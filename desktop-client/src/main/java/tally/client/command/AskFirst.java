package tally.client.command;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * What the form asks once before it sends: a quantity far above the usual
 * ({@link UsualQuantities}), then stock going to a bin never used before ({@link NewBins}).
 * Each ask is one line by the field it concerns; sending the same again goes ahead.
 */
final class AskFirst {
    private final FormFields form;
    private final BooleanProperty busy;
    private final NewBins newBins;
    private final UsualQuantities usual = new UsualQuantities();

    AskFirst(TallyApi api, UiExecutor ui, FormFields form, BooleanProperty busy) {
        this.form = form;
        this.busy = busy;
        this.newBins = new NewBins(api, ui);
    }

    /** True when the quantity is far above the usual and was asked about, so not sent now. */
    boolean unusualQuantity(CommandKind k, Map<String, Object> body) {
        Field field = quantityOf(k);
        if (field == null || !(body.get(field.json()) instanceof Long quantity)) {
            return false;
        }
        String ask = usual.askFirst(k, (String) body.get("sku"), quantity);
        if (ask == null) {
            return false;
        }
        // The focus stays where it is: the next Enter there sends.
        form.error(field).set(ask);
        form.message.set("");
        return true;
    }

    /** The command was done: its quantity is part of the usual from now on. */
    void sent(CommandKind k, Map<String, Object> body) {
        Field field = quantityOf(k);
        if (field != null && body.get(field.json()) instanceof Long quantity) {
            usual.sent(k, (String) body.get("sku"), quantity);
        }
    }

    /** Asks once before stock goes to a bin never used before; true when not sent now. */
    boolean newBin(CommandKind k, Map<String, Object> body, Runnable sendAgain) {
        Field field = k.destination().orElse(null);
        String bin = field == null ? null : (String) body.get(field.json());
        if (bin == null || newBins.cleared(bin)) {
            return false;
        }
        busy.set(true);
        form.message.set("Looking up bin " + bin + " …");
        newBins.check(bin, () -> {
            busy.set(false);
            sendAgain.run();
        }, () -> {
            busy.set(false);
            form.error(field).set("New bin: never used before.");
            form.message.set("Bin " + bin + " has never been used. Check the code; send again"
                    + " to use it.");
            form.point(field);
        });
        return true;
    }

    private static Field quantityOf(CommandKind k) {
        return switch (k) {
            case RECEIVE, MOVE, PICK -> Field.QUANTITY;
            case COUNT -> Field.COUNTED_QUANTITY;
            case REGISTER, ASSIGN -> null;
        };
    }
}
