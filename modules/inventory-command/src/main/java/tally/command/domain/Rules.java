package tally.command.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import tally.events.OrderEvent.OrderLine;

/**
 * The bounds of docs/api.md, "Identifiers and values", in one place: the command records
 * enforce them, and the HTTP edge asks the same methods so that a 400 says the same words.
 * Each method answers the problem with a value, or null when there is none.
 */
public final class Rules {
    public static final int MAX_QUANTITY = 1_000_000;
    public static final int MAX_TEXT = 200;
    public static final int MAX_LINES = 100;
    private static final int MAX_SKU = 40;
    private static final int MAX_LOCATION = 20;


    private Rules() {
    }

    public static FieldProblem sku(String field, String value) {
        return code(field, value, MAX_SKU, "must be 1-40 characters of A-Z a-z 0-9 . _ -");
    }

    public static FieldProblem orderId(String field, String value) {
        return code(field, value, MAX_SKU, "must be 1-40 characters of A-Z a-z 0-9 . _ -");
    }

    /**
     * An order's lines: 1 to 100, each a sku and a quantity, no sku twice. Each problem names
     * the line by its place in the list, from 0, as {@code lines[2].quantity}.
     */
    public static List<FieldProblem> lines(String field, List<OrderLine> lines) {
        if (lines == null) {
            return List.of(new FieldProblem(field, "is required"));
        }
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return List.of(new FieldProblem(field, "must hold 1 to " + MAX_LINES + " lines"));
        }
        var repeats = new HashMap<String, FieldProblem>();
        repeatedSkus(field, lines).forEach(p -> repeats.put(p.field(), p));
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < lines.size(); i++) {
            String at = field + "[" + i + "].";
            OrderLine line = lines.get(i);
            if (line == null) {
                problems.add(new FieldProblem(field + "[" + i + "]", "is required"));
                continue;
            }
            problems.add(repeats.getOrDefault(at + "sku", sku(at + "sku", line.sku())));
            problems.add(quantity(at + "quantity", line.quantity()));
        }
        problems.removeIf(java.util.Objects::isNull);
        return problems;
    }

    /**
     * Each line after the first of a valid sku that an earlier line already names; lines that are
     * missing or whose sku is bad are left to their own problems. Apart from the other rules, so
     * that a repeat is named even when another line is wrong in some other way.
     */
    public static List<FieldProblem> repeatedSkus(String field, List<OrderLine> lines) {
        var problems = new ArrayList<FieldProblem>();
        var first = new HashMap<String, Integer>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (line == null || line.sku() == null || sku(field, line.sku()) != null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(line.sku(), i);
            if (earlier != null) {
                problems.add(new FieldProblem(field + "[" + i + "].sku",
                        "repeats the sku of " + field + "[" + earlier + "]: each sku once"));
            }
        }
        return problems;
    }

    public static FieldProblem location(String field, String value) {
        return code(field, value, MAX_LOCATION, "must be 1-20 characters of A-Z a-z 0-9 . _ -");
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

    /** An optional name (a bin's name or zone), already trimmed: absent, or as {@link #name}. */
    public static FieldProblem optionalName(String field, String value) {
        return value == null ? null : name(field, value);
    }

    /** A bin's capacity: absent, or 1 to as many units as one location may hold. */
    public static FieldProblem capacity(String field, Integer value) {
        return value == null ? null
                : range(field, value, 1, Product.MAX_UNITS_AT_A_LOCATION);
    }

    /** Text without the spaces around it; null stays null. */
    static String trimmed(String value) {
        return value == null ? null : value.strip();
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
        check(java.util.Arrays.asList(problems));
    }

    /** The same for a list, where nulls stand for fields without a problem. */
    static void check(List<FieldProblem> problems) {
        List<FieldProblem> found = null;
        for (FieldProblem p : problems) {
            if (p != null) {
                found = found == null ? new ArrayList<>() : found;
                found.add(p);
            }
        }
        if (found != null) {
            throw new InvalidCommand(found);
        }
    }

    /**
     * A SKU or location: 1 to {@code max} of {@code [A-Za-z0-9._-]}. Checked by hand rather than
     * by a regular expression, which cost every command a matcher on the event loop.
     */
    private static FieldProblem code(String field, String value, int max, String rule) {
        if (value == null) {
            return new FieldProblem(field, "is required");
        }
        int n = value.length();
        boolean ok = n >= 1 && n <= max;
        for (int i = 0; ok && i < n; i++) {
            char c = value.charAt(i);
            ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
        }
        return ok ? null : new FieldProblem(field, rule);
    }

    /** Characters as a reader counts them: code points, not UTF-16 units. */
    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
