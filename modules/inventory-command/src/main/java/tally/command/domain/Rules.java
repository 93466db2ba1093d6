package tally.command.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The bounds of API.md, "Identifiers and values", in one place: the command records enforce them,
 * and the HTTP edge asks the same methods so that a 400 says the same words. Each method answers
 * the problem with a value, or null when there is none.
 */
public final class Rules {
    public static final int MAX_QUANTITY = 1_000_000;
    public static final int MAX_TEXT = 200;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern LOCATION = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    private Rules() {
    }

    public static FieldProblem sku(String field, String value) {
        return matches(field, value, SKU, "must be 1-40 characters of A-Z a-z 0-9 . _ -");
    }

    public static FieldProblem location(String field, String value) {
        return matches(field, value, LOCATION, "must be 1-20 characters of A-Z a-z 0-9 . _ -");
    }

    /** For a name already trimmed. */
    public static FieldProblem name(String field, String value) {
        if (value == null) {
            return new FieldProblem(field, "is required");
        }
        if (value.isBlank()) {
            return new FieldProblem(field, "must not be blank");
        }
        return length(value) > MAX_TEXT
                ? new FieldProblem(field, "must be at most " + MAX_TEXT + " characters") : null;
    }

    /** A reason or reference: any text up to 200 characters; null only where optional. */
    public static FieldProblem text(String field, String value, boolean required) {
        if (value == null) {
            return required ? new FieldProblem(field, "is required") : null;
        }
        return length(value) > MAX_TEXT
                ? new FieldProblem(field, "must be at most " + MAX_TEXT + " characters") : null;
    }

    public static FieldProblem quantity(String field, long value) {
        return range(field, value, 1, MAX_QUANTITY);
    }

    /** A counted quantity or a reorder point. */
    public static FieldProblem units(String field, long value) {
        return range(field, value, 0, MAX_QUANTITY);
    }

    public static FieldProblem range(String field, long value, long min, long max) {
        return value < min || value > max
                ? new FieldProblem(field, "must be a whole number from " + min + " to " + max)
                : null;
    }

    /** Throws {@link InvalidCommand} naming every problem given, if any. */
    static void check(FieldProblem... problems) {
        var found = new ArrayList<FieldProblem>();
        Arrays.stream(problems).filter(Objects::nonNull).forEach(found::add);
        if (!found.isEmpty()) {
            throw new InvalidCommand(found);
        }
    }

    private static FieldProblem matches(String field, String value, Pattern pattern, String rule) {
        if (value == null) {
            return new FieldProblem(field, "is required");
        }
        return pattern.matcher(value).matches() ? null : new FieldProblem(field, rule);
    }

    /** Characters as a reader counts them: code points, not UTF-16 units. */
    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
