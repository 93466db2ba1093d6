package tally.client.api;

/** The server answered, with an error: a refusal, a conflict, an invalid field, a 404. */
public final class ProblemException extends ApiException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.status() + " " + problem.slug() + ": " + problem.detail(), null);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
