package tally.client.command;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.client.api.ProblemDetails;

/**
 * A problem answer in plain words, by the field it concerns: docs/api.md's refusals each have their
 * field, an invalid request names its fields, and what belongs to no field goes to the form.
 */
record Refusals(Map<Field, String> byField, String forForm) {
    private static final Pattern ONLY = Pattern.compile("\\bonly (\\d+)\\b");

    static Refusals of(ProblemDetails problem, CommandKind kind, Map<String, Object> body) {
        var byField = new EnumMap<Field, String>(Field.class);
        String sku = String.valueOf(body.get("sku"));
        switch (problem.slug()) {
            case "unknown-product" -> byField.put(Field.SKU,
                    "No product " + sku + " is registered. Register it first.");
            case "product-already-registered" -> byField.put(Field.SKU,
                    sku + " is already registered.");
            case "insufficient-stock" -> byField.put(Field.QUANTITY, notEnough(problem, sku,
                    kind == CommandKind.MOVE ? body.get("from") : body.get("location"),
                    body.get("quantity")));
            case "same-location" -> byField.put(Field.TO,
                    "Choose a location other than the one you move from.");
            default -> {
                for (ProblemDetails.FieldError e : problem.errors()) {
                    Field.byJson(e.field()).filter(f -> kind.fields().contains(f))
                            .ifPresent(f -> byField.merge(f, e.message(), (a, b) -> a + "; " + b));
                }
            }
        }
        // Said once, by its field: the form's line only points there.
        String form = byField.isEmpty() ? formMessageOf(problem)
                : byField.size() == 1 ? "Not done: see the field marked."
                : "Not done: see the fields marked.";
        return new Refusals(byField, form);
    }

    private static String formMessageOf(ProblemDetails problem) {
        if (problem.slug().equals("idempotency-key-reused")) {
            return "The server saw this command id with a different command. Submit again.";
        }
        var text = new StringBuilder("Not done: ");
        text.append(problem.title() == null ? "HTTP " + problem.status() : problem.title());
        if (problem.detail() != null && !problem.detail().isBlank()) {
            text.append(" — ").append(problem.detail());
        }
        for (ProblemDetails.FieldError e : problem.errors()) {
            text.append("; ").append(e.field()).append(": ").append(e.message());
        }
        return text.toString();
    }

    /**
     * "Not enough SKU-1 at A-01: only 20 there, not 999." The figure comes from the server's
     * detail ("only 20 of SKU-1 at A-01, not 999"); any other detail is quoted as it is.
     */
    private static String notEnough(ProblemDetails problem, String sku, Object location,
                                    Object asked) {
        String text = "Not enough " + sku + " at " + location;
        String detail = problem.detail() == null ? "" : problem.detail();
        Matcher only = ONLY.matcher(detail);
        if (only.find()) {
            return text + ": only " + only.group(1) + " there, not " + asked + ".";
        }
        return detail.isBlank() ? text + "." : text + " (" + detail + ").";
    }
}
