package tally.client.api;

/** Anything that kept a call from getting a successful answer. */
public abstract class ApiException extends RuntimeException {
    ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
