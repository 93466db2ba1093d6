package tally.server.training;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import tally.query.QueryException;

/**
 * The training routes' bodies, read as strictly as the commands and the projection delay: a
 * missing, mistyped, out-of-range or unknown field is a 400 naming it, and nothing is done.
 */
final class TrainingBodies {
    private TrainingBodies() {
    }

    /** The one whole-number field a body must hold, from {@code min} to {@code max}. */
    static int wholeNumber(@Nullable Map<String, Object> body, String field, int min, int max) {
        onlyFields(body, Set.of(field));
        if (body == null || !body.containsKey(field)) {
            throw new QueryException.Invalid(field, "is required");
        }
        Object value = body.get(field);
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < min || n.doubleValue() > max) {
            throw new QueryException.Invalid(field,
                    "must be a whole number from " + min + " to " + max);
        }
        return n.intValue();
    }

    /** A text field that may be left out (null) but, when sent, is a string. */
    static @Nullable String optionalText(@Nullable Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value != null && !(value instanceof String)) {
            throw new QueryException.Invalid(field, "must be a string");
        }
        return (String) value;
    }

    /** A required text field, not blank. */
    static String requiredText(@Nullable Map<String, Object> body, String field) {
        String value = optionalText(body, field);
        if (value == null || value.isBlank()) {
            throw new QueryException.Invalid(field, "is required");
        }
        return value;
    }

    static void onlyFields(@Nullable Map<String, Object> body, Set<String> fields) {
        if (body == null) {
            return;
        }
        for (String field : body.keySet()) {
            if (!fields.contains(field)) {
                throw new QueryException.Invalid(field, "is not a field of this request");
            }
        }
    }
}
