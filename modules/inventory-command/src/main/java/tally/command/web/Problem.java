package tally.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import tally.command.domain.FieldProblem;

/**
 * An RFC 9457 problem: {@code errors} for a 400's bad fields, {@code currentVersion} (an
 * extension member) for a version conflict; each left out when it does not apply.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, List<Error> errors,
               Long currentVersion) {
    static final String TYPE_BASE = "https://tally.dev/problems/";

    /** Always with its field, even an empty one, so a client can tell which key was refused. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Error(String field, String message) {
        static Error of(FieldProblem p) {
            return new Error(p.field(), p.message());
        }
    }
}
