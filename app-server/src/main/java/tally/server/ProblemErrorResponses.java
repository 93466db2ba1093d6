package tally.server;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Every error the framework itself answers (no such route, wrong media type, body too large,
 * JSON that does not parse, a crash) as {@code application/problem+json} (RFC 9457), never as
 * Micronaut's own JSON or a stack trace. Refusals the modules raise are mapped in the modules.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponses implements ErrorResponseProcessor<ProblemErrorResponses.Problem> {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_BASE = "https://tally.dev/problems/";

    @Serdeable
    record Problem(String type, String title, int status, String detail,
                   List<FieldError> errors) {
    }

    @Serdeable
    record FieldError(String field, String message) {
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context,
                                                        MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        var typed = (MutableHttpResponse<Problem>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        HttpStatus status = response.getStatus();
        String detail = status.getCode() >= 500
                ? "the server failed to answer this request; it has been logged"
                : detailOf(context, status);
        var errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldError(e.getPath().get(), e.getMessage()))
                .toList();
        var problem = new Problem(TYPE_BASE + slugOf(status), status.getReason(), status.getCode(),
                detail, errors.isEmpty() || status.getCode() >= 500 ? null : errors);
        return typed.body(problem).contentType(PROBLEM_JSON);
    }

    private static String detailOf(ErrorContext context, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no such resource: " + context.getRequest().getPath();
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json";
            case REQUEST_ENTITY_TOO_LARGE -> "the body is larger than 64 KiB";
            case METHOD_NOT_ALLOWED -> context.getRequest().getMethod()
                    + " is not allowed on " + context.getRequest().getPath();
            default -> context.getErrors().isEmpty() ? status.getReason()
                    : context.getErrors().get(0).getMessage();
        };
    }

    private static String slugOf(HttpStatus status) {
        return status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
