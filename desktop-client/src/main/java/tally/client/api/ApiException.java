package tally.client.api;

/**
 * Anything that kept a call from getting a successful answer: the server answered with a
 * problem, no answer came, or the console refused the server's certificate. Sealed, so that a
 * switch over them needs no default.
 */
public abstract sealed class ApiException extends RuntimeException
        permits ProblemException, ServerUnreachable, ServerNotTrusted {
    ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
