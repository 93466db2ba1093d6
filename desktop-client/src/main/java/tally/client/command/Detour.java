package tally.client.command;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;

/**
 * A scan no product answers to, by a user who may fix that: the form turns to Register (an
 * unknown SKU, filled in) or to Barcode (an unknown barcode, filled in, to give to a SKU), and
 * once that is done comes back to the scan as it was (its command, the fields already scanned),
 * the product in the SKU field, the focus on the field after it. Choosing another command
 * meanwhile, or another user signing in, drops the way back.
 */
final class Detour {
    private CommandKind from;
    private CommandKind to;
    private Map<Field, String> saved;

    /** To Register with this SKU filled. */
    void register(ObjectProperty<CommandKind> kind, FormFields form, String sku) {
        start(kind, form, CommandKind.REGISTER);
        form.value(Field.NAME).set("");
        form.value(Field.REORDER_POINT).set("");
        form.value(Field.SKU).set(sku);
        kind.set(CommandKind.REGISTER);
        form.message.set("Register " + sku + "; then the " + name(from) + " goes on.");
        form.point(Field.NAME);
    }

    /** To Barcode with this GTIN filled, the SKU to give it to asked next. */
    void assign(ObjectProperty<CommandKind> kind, FormFields form, String gtin) {
        start(kind, form, CommandKind.ASSIGN);
        form.value(Field.BARCODE).set(gtin);
        form.value(Field.SKU).set("");
        kind.set(CommandKind.ASSIGN);
        form.message.set("Give barcode " + gtin + " to a SKU; then the " + name(from)
                + " goes on.");
        form.point(Field.SKU);
    }

    private void start(ObjectProperty<CommandKind> kind, FormFields form, CommandKind target) {
        from = kind.get();
        to = target;
        saved = form.snapshot();
        // The offer is taken: the line that made it is done with.
        form.error(Field.SKU).set("");
    }

    /** The command chosen now: another than the detour's drops the way back. */
    void chosen(CommandKind kind) {
        if (kind != to) {
            drop();
        }
    }

    /** After a command was done: back to the scan it interrupted, if it was the detour's. */
    void back(CommandKind done, ObjectProperty<CommandKind> kind, FormFields form, String sku,
              String productName) {
        if (from == null || done != to) {
            return;
        }
        CommandKind back = from;
        Map<Field, String> values = saved;
        drop();
        String said = form.message.get();
        kind.set(back);
        form.restore(values);
        form.value(Field.SKU).set(sku);
        form.productName.set(productName == null ? "" : productName);
        form.message.set(said + " Back to the " + name(back) + ".");
        form.point(back.after(Field.SKU).orElse(Field.SKU));
    }

    void drop() {
        from = null;
        to = null;
        saved = null;
    }

    private static String name(CommandKind kind) {
        return kind.label().replace("_", "").toLowerCase(Locale.ROOT);
    }
}
