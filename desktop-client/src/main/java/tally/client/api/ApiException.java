package tally.client.api;

/**
 * Anything that kept a call from getting a successful answer: either the server answered with
 * a problem, or no answer came. Sealed, so that a switch over the two needs no default.
 */
public abstract sealed class ApiException extends RuntimeException
        permits ProblemException, ServerUnreachable {
    ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
