package tally.client.api;

/**
 * No answer came: the server is down, restarting, or the connection broke. A command may or
 * may not have been recorded, which is why the command form keeps its command id for a retry.
 */
public final class ServerUnreachable extends ApiException {
    public ServerUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
