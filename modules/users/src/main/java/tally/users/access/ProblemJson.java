package tally.users.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import tally.users.FieldError;

/** An RFC 9457 problem, as every refusal of this module is written; {@code errors} for a 400. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemJson(String type, String title, int status, String detail,
                          List<Field> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://tally.dev/problems/";

    @Serdeable
    public record Field(String field, String message) {
    }

    public static MutableHttpResponse<ProblemJson> response(int status, String slug, String title,
                                                            String detail,
                                                            List<FieldError> errors) {
        var fields = errors == null ? null
                : errors.stream().map(e -> new Field(e.field(), e.message())).toList();
        return HttpResponse.<ProblemJson>status(HttpStatus.valueOf(status))
                .contentType(MEDIA_TYPE)
                .body(new ProblemJson(TYPE_BASE + slug, title, status, detail, fields));
    }
}
