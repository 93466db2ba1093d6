package tally.client.api;

import java.util.List;

/**
 * An {@code application/problem+json} answer (RFC 9457, "Problem Details for HTTP APIs") as
 * docs/api.md describes it.
 */
public record ProblemDetails(String type, String title, int status, String detail,
                             List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public ProblemDetails {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The last segment of {@code type}, e.g. {@code insufficient-stock}; "" when absent. */
    public String slug() {
        if (type == null) {
            return "";
        }
        int slash = type.lastIndexOf('/');
        return slash < 0 ? type : type.substring(slash + 1);
    }
}
