package tally.client.command;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the command form shows: each field's text and refusal, the product name beside the SKU,
 * the form's message line, and the field the operator should look at next. The parts of the
 * form (the SKU check, the asks before sending, the answers) speak through it.
 */
final class FormFields {
    final Map<Field, StringProperty> values = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    final StringProperty productName = new SimpleStringProperty(this, "productName", "");
    final ObjectProperty<Field> attention = new SimpleObjectProperty<>(this, "attention");

    FormFields() {
        for (Field f : Field.values()) {
            values.put(f, new SimpleStringProperty(this, f.json(), ""));
            errors.put(f, new SimpleStringProperty(this, f.json() + "Error", ""));
        }
    }

    StringProperty value(Field f) {
        return values.get(f);
    }

    StringProperty error(Field f) {
        return errors.get(f);
    }

    /** The field's text without the blanks around it; never null. */
    String text(Field f) {
        String text = values.get(f).get();
        return text == null ? "" : text.trim();
    }

    /** Moves the operator's eyes (and the focus) to the field, also when already there. */
    void point(Field f) {
        attention.set(null);
        attention.set(f);
    }

    void clearValues() {
        values.values().forEach(v -> v.set(""));
        productName.set("");
    }

    void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    /** Every field's text, to put back after a detour ({@link #restore}). */
    Map<Field, String> snapshot() {
        var copy = new EnumMap<Field, String>(Field.class);
        values.forEach((f, v) -> copy.put(f, v.get()));
        return copy;
    }

    void restore(Map<Field, String> snapshot) {
        snapshot.forEach((f, text) -> values.get(f).set(text));
    }
}
