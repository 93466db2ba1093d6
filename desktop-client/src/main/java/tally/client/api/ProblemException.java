package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

/** The server answered, with an error: a refusal, a conflict, an invalid field, a 404. */
public final class ProblemException extends ApiException {
    private final transient ProblemDetails problem;
    private final long retryAfterSeconds;

    public ProblemException(ProblemDetails problem) {
        this(problem, -1);
    }

    /** With the answer's {@code Retry-After} in seconds (a 429), or -1 when it had none. */
    public ProblemException(ProblemDetails problem, long retryAfterSeconds) {
        super(problem.status() + " " + problem.slug() + ": " + problem.detail(), null);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** From an error answer's problem+json; a plain problem when the body is something else. */
    static ProblemException of(ObjectMapper json, int status, byte[] body) {
        return new ProblemException(read(json, status, body));
    }

    static ProblemException of(ObjectMapper json, int status, byte[] body, long retryAfter) {
        return new ProblemException(read(json, status, body), retryAfter);
    }

    /**
     * True for a 401 to a call that carried a token: the server no longer takes it (expired,
     * signed out, the user disabled), so the session is over.
     */
    public static boolean endsSession(Throwable failure) {
        return failure instanceof ProblemException p && p.problem.status() == 401;
    }

    public ProblemDetails problem() {
        return problem;
    }

    /** How long the server asked to wait before trying again ({@code Retry-After}). */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
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
