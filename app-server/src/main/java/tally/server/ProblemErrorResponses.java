package tally.server;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.server.exceptions.response.Error;
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
        String oversizeHead = OversizeRequestHead.detail(context.getRequest());
        if (oversizeHead != null) {
            return typed.status(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
                    .body(new Problem(TYPE_BASE + "request-header-fields-too-large",
                            HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.getReason(), 431,
                            oversizeHead, null))
                    .contentType(PROBLEM_JSON);
        }
        String detail = status.getCode() >= 500
                ? "the server failed to answer this request; it has been logged"
                : detailOf(context, status);
        var errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> fieldErrorOf(e, context))
                .toList();
        // A bad field is the same problem whoever finds it: the modules call it invalid-request.
        String slug = status == HttpStatus.BAD_REQUEST && !errors.isEmpty()
                ? "invalid-request" : slugOf(status);
        var problem = new Problem(TYPE_BASE + slug, status.getReason(), status.getCode(),
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
                    : context.getErrors().stream().filter(e -> e.getPath().isPresent())
                            .findFirst().map(e -> fieldErrorOf(e, context))
                            .map(f -> f.field() + " " + f.message())
                            .orElse(context.getErrors().get(0).getMessage());
        };
    }

    /** A query parameter Micronaut could not convert, said as an operator would read it. */
    private static FieldError fieldErrorOf(Error e, ErrorContext context) {
        String field = e.getPath().orElse("").replaceFirst("^/", "");
        String message = context.getRootCause()
                .filter(ConversionErrorException.class::isInstance)
                .map(c -> expected(((ConversionErrorException) c).getArgument().getType()))
                .orElse(e.getMessage());
        return new FieldError(field, message);
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a whole number";
        }
        return "is not valid";
    }

    private static String slugOf(HttpStatus status) {
        return status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
