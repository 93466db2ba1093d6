package tally.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.command.domain.FieldProblem;
import tally.command.domain.Product;
import tally.command.domain.Rules;
import tally.events.OrderEvent.OrderLine;

/**
 * Reads the fields of one JSON body strictly, noting every problem rather than stopping at the
 * first, so that one 400 names each bad field: a missing one, a null, a wrong type, a fraction
 * where a whole number belongs, a value out of bounds, and any field that is not expected.
 */
final class FieldReader {
    private final Map<String, JsonNode> body;
    private final Set<String> read = new HashSet<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    FieldReader(Map<String, JsonNode> body) {
        this.body = body;
    }

    String sku(String field) {
        String value = text(field, true);
        return value == null ? null : noted(Rules.sku(field, value), value);
    }

    String orderId(String field) {
        String value = text(field, true);
        return value == null ? null : noted(Rules.orderId(field, value), value);
    }

    /**
     * An order's lines: an array of 1-100 objects {@code {sku, quantity}}, each problem named
     * by the line's place from 0, as {@code lines[2].quantity}; null while any is bad.
     */
    List<OrderLine> lines(String field) {
        JsonNode node = present(field, true);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            return problem(field, "must be an array of {sku, quantity}");
        }
        var lines = new ArrayList<OrderLine>();
        int before = problems.size();
        for (int i = 0; i < node.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode line = node.get(i);
            if (!line.isObject()) {
                problem(at, "must be an object {sku, quantity}");
                continue;
            }
            var named = new LinkedHashMap<String, JsonNode>();
            line.properties().forEach(p -> named.put(at + "." + p.getKey(), p.getValue()));
            var reader = new FieldReader(named);
            lines.add(new OrderLine(reader.sku(at + ".sku"), reader.quantity(at + ".quantity")));
            problems.addAll(reader.problems());
        }
        if (problems.size() == before) {
            problems.addAll(Rules.lines(field, lines));
        } else {
            // Each line's own problems are named already; a repeat is named all the same.
            problems.addAll(Rules.repeatedSkus(field, lines));
            if (lines.size() > Rules.MAX_LINES) {
                problem(field, "must hold 1 to " + Rules.MAX_LINES + " lines");
            }
        }
        return problems.size() == before ? lines : null;
    }

    String location(String field) {
        String value = text(field, true);
        return value == null ? null : noted(Rules.location(field, value), value);
    }

    /** A name, trimmed: 1-200 characters, not blank. */
    String name(String field) {
        String value = text(field, true);
        return value == null ? null : noted(Rules.name(field, value.strip()), value.strip());
    }

    /** An optional name (a bin's name or zone), trimmed: absent, or as {@link #name}. */
    String optionalName(String field) {
        String value = text(field, false);
        return value == null ? null
                : noted(Rules.optionalName(field, value.strip()), value.strip());
    }

    /** A bin's capacity: absent, or 1 to 1,000,000,000 units. */
    Integer capacity(String field) {
        Long value = whole(field, false);
        if (value == null) {
            return null;
        }
        FieldProblem problem = Rules.range(field, value, 1, Product.MAX_UNITS_AT_A_LOCATION);
        return problem == null ? Integer.valueOf(value.intValue()) : noted(problem, null);
    }

    /** A reason or a reference: up to 200 characters. */
    String note(String field, boolean required) {
        String value = text(field, required);
        return value == null ? null : noted(Rules.text(field, value, required), value);
    }

    int quantity(String field) {
        Long value = whole(field, true);
        return value == null ? 0 : noted(Rules.quantity(field, value), value).intValue();
    }

    /** A count or a reorder point, 0 to 1,000,000. */
    int units(String field, boolean required) {
        Long value = whole(field, required);
        return value == null ? 0 : noted(Rules.units(field, value), value).intValue();
    }

    Long version(String field) {
        Long value = whole(field, false);
        return value == null ? null : noted(Rules.range(field, value, 0, Long.MAX_VALUE), value);
    }

    String commandId(String field) {
        String value = text(field, false);
        if (value != null && (value.isEmpty() || value.length() > 64)) {
            problems.add(new FieldProblem(field, "must be 1-64 characters"));
        }
        return value;
    }

    /** Every problem noted, with every field nobody asked for. */
    List<FieldProblem> problems() {
        var all = new ArrayList<>(problems);
        for (String name : body.keySet()) {
            if (!read.contains(name)) {
                all.add(new FieldProblem(name, name.isEmpty()
                        ? "a field with an empty name is not a field of this command"
                        : "is not a field of this command"));
            }
        }
        return all;
    }

    private String text(String field, boolean required) {
        JsonNode node = present(field, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            return problem(field, "must be a string");
        }
        return node.textValue();
    }

    private Long whole(String field, boolean required) {
        JsonNode node = present(field, required);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            return problem(field, "must be a whole number");
        }
        if (!node.isIntegralNumber()) {
            return problem(field, "must be a whole number, not a fraction");
        }
        if (!node.canConvertToLong()) {
            return problem(field, "is out of range");
        }
        return node.longValue();
    }

    private JsonNode present(String field, boolean required) {
        read.add(field);
        JsonNode node = body.get(field);
        if (node == null) {
            return required ? problem(field, "is required") : null;
        }
        return node.isNull() ? problem(field, "must not be null") : node;
    }

    private <T> T noted(FieldProblem problem, T value) {
        if (problem != null) {
            problems.add(problem);
        }
        return value;
    }

    private <T> T problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return null;
    }
}
