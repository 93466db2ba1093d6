package tally.client.command;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;

/**
 * An unknown SKU scanned by a user who may register products: the form turns to Register with
 * the SKU filled, and once it is registered comes back to the scan as it was (its command, the
 * fields already scanned), the new product in the SKU field, the focus on the field after it.
 * Choosing another command meanwhile, or another user signing in, drops the way back.
 */
final class RegisterDetour {
    private CommandKind from;
    private Map<Field, String> saved;

    void start(ObjectProperty<CommandKind> kind, FormFields form, String sku) {
        from = kind.get();
        saved = form.snapshot();
        // The offer is taken: the line that made it is done with.
        form.error(Field.SKU).set("");
        form.value(Field.NAME).set("");
        form.value(Field.REORDER_POINT).set("");
        form.value(Field.SKU).set(sku);
        kind.set(CommandKind.REGISTER);
        form.message.set("Register " + sku + "; then the " + from.label().replace("_", "")
                .toLowerCase(Locale.ROOT) + " goes on.");
        form.point(Field.NAME);
    }

    /** After a registration: back to the scan it interrupted, if it did. */
    void back(ObjectProperty<CommandKind> kind, FormFields form, String sku, String name) {
        if (from == null) {
            return;
        }
        CommandKind to = from;
        Map<Field, String> values = saved;
        drop();
        String said = form.message.get();
        kind.set(to);
        form.restore(values);
        form.value(Field.SKU).set(sku);
        form.productName.set(name);
        form.message.set(said + " Back to the " + to.label().replace("_", "")
                .toLowerCase(Locale.ROOT) + ".");
        int i = to.fields().indexOf(Field.SKU);
        form.point(i + 1 < to.fields().size() ? to.fields().get(i + 1) : Field.SKU);
    }

    void drop() {
        from = null;
        saved = null;
    }
}
