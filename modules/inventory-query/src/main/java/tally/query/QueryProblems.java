package tally.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;

/** The read side's refusals as {@code application/problem+json} (RFC 9457), as docs/api.md asks. */
@Produces("application/problem+json")
@Singleton
final class QueryProblems
        implements ExceptionHandler<QueryException, HttpResponse<QueryProblems.Problem>> {
    private static final String TYPE_BASE = "https://tally.dev/problems/";

    @Serdeable
    record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    @Serdeable
    record FieldError(String field, String message) {
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, QueryException e) {
        Problem problem = switch (e) {
            case QueryException.Invalid invalid -> new Problem(TYPE_BASE + "invalid-request",
                    "Invalid request", 400, invalid.field() + " " + e.getMessage(),
                    List.of(new FieldError(invalid.field(), e.getMessage())));
            case QueryException.NotFound _ -> new Problem(TYPE_BASE + "not-found",
                    "Not found", 404, e.getMessage(), null);
            case QueryException.Unprocessable u -> new Problem(TYPE_BASE + u.slug(),
                    titleOf(u.slug()), 422, u.field() + " " + e.getMessage(),
                    List.of(new FieldError(u.field(), e.getMessage())));
        };
        HttpStatus status = HttpStatus.valueOf(problem.status());
        return HttpResponse.<Problem>status(status).body(problem)
                .contentType("application/problem+json");
    }

    /** {@code not-a-gtin} reads "Not a GTIN", as the command side titles it. */
    private static String titleOf(String slug) {
        return (Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' '))
                .replace("gtin", "GTIN");
    }
}
