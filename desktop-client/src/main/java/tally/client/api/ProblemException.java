package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The server answered, with an error: a refusal, a conflict, an invalid field, a 404. */
public final class ProblemException extends ApiException {
    private final transient ProblemDetails problem;

    public ProblemException(ProblemDetails problem) {
        super(problem.status() + " " + problem.slug() + ": " + problem.detail(), null);
        this.problem = problem;
    }

    /** From an error answer's problem+json; a plain problem when the body is something else. */
    static ProblemException of(ObjectMapper json, int status, byte[] body) {
        return new ProblemException(read(json, status, body));
    }

    public ProblemDetails problem() {
        return problem;
    }

    private static ProblemDetails read(ObjectMapper json, int status, byte[] body) {
        try {
            ProblemDetails problem = json.readValue(body, ProblemDetails.class);
            if (problem.status() != 0) {
                return problem;
            }
            return new ProblemDetails(problem.type(), problem.title(), status, problem.detail(),
                    problem.errors());
        } catch (IOException | RuntimeException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            return new ProblemDetails(null, "HTTP " + status, status,
                    text.isBlank() ? "the server answered " + status : text, List.of());
        }
    }
}
