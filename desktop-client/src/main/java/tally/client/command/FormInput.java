package tally.client.command;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.StringProperty;

/**
 * What the form's text fields say, as a request body, or why it cannot be sent yet. Only what
 * the operator can fix at a glance is checked here; the server has the last word on the rest.
 */
record FormInput(Map<String, Object> body, Map<Field, String> errors) {

    static FormInput read(CommandKind kind, Map<Field, StringProperty> values) {
        var body = new LinkedHashMap<String, Object>();
        // In the order the command asks for them: the first is where the operator looks.
        var errors = new LinkedHashMap<Field, String>();
        for (Field f : kind.fields()) {
            String text = values.get(f).get() == null ? "" : values.get(f).get().trim();
            if (text.isEmpty()) {
                if (!kind.optional(f)) {
                    errors.put(f, "Enter the " + f.plainLabel().toLowerCase(java.util.Locale.ROOT)
                            .replace("sku", "SKU") + ".");
                }
                continue;
            }
            if (!f.whole()) {
                body.put(f.json(), text);
                continue;
            }
            try {
                long n = Long.parseLong(text.replace(",", "").replace("_", ""));
                if (n < f.min() || n > f.max()) {
                    throw new NumberFormatException();
                }
                body.put(f.json(), n);
            } catch (NumberFormatException e) {
                errors.put(f, String.format(java.util.Locale.ROOT,
                        "Enter a whole number from %,d to %,d.", f.min(), f.max()));
            }
        }
        return new FormInput(body, errors);
    }
}
