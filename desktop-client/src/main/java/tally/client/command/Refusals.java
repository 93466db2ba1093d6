package tally.client.command;

import java.util.EnumMap;
import java.util.Map;
import tally.client.api.Problem;

/**
 * A problem answer in plain words, by the field it concerns: API.md's refusals each have their
 * field, an invalid request names its fields, and what belongs to no field goes to the form.
 */
record Refusals(Map<Field, String> byField, String forForm) {

    static Refusals of(Problem problem, CommandKind kind, Map<String, Object> body) {
        var byField = new EnumMap<Field, String>(Field.class);
        String sku = String.valueOf(body.get("sku"));
        switch (problem.slug()) {
            case "unknown-product" -> byField.put(Field.SKU,
                    "No product " + sku + " is registered. Register it first.");
            case "product-already-registered" -> byField.put(Field.SKU,
                    sku + " is already registered.");
            case "insufficient-stock" -> byField.put(Field.QUANTITY, "Not enough " + sku + " at "
                    + (kind == CommandKind.MOVE ? body.get("from") : body.get("location"))
                    + detailOf(problem));
            case "same-location" -> byField.put(Field.TO,
                    "Choose a location other than the one you move from.");
            default -> {
                for (Problem.FieldError e : problem.errors()) {
                    Field.byJson(e.field()).filter(f -> kind.fields().contains(f))
                            .ifPresent(f -> byField.merge(f, e.message(), (a, b) -> a + "; " + b));
                }
            }
        }
        String form = byField.isEmpty() ? formMessageOf(problem)
                : "Not done: " + byField.values().iterator().next();
        return new Refusals(byField, form);
    }

    private static String formMessageOf(Problem problem) {
        if (problem.slug().equals("idempotency-key-reused")) {
            return "The server saw this command id with a different command. Submit again.";
        }
        var text = new StringBuilder("Not done: ");
        text.append(problem.title() == null ? "HTTP " + problem.status() : problem.title());
        if (problem.detail() != null && !problem.detail().isBlank()) {
            text.append(" — ").append(problem.detail());
        }
        for (Problem.FieldError e : problem.errors()) {
            text.append("; ").append(e.field()).append(": ").append(e.message());
        }
        return text.toString();
    }

    private static String detailOf(Problem problem) {
        return problem.detail() == null || problem.detail().isBlank() ? "."
                : " (" + problem.detail() + ").";
    }
}
