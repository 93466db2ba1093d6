package tally.client.api;

import java.io.IOException;
import java.net.http.HttpRequest;
import tally.client.trust.CertificateRefused;

/**
 * No answer came: the server is down, restarting, or the connection broke. A command may or
 * may not have been recorded, which is why the command form keeps its command id for a retry.
 */
public final class ServerUnreachable extends ApiException {
    public ServerUnreachable(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer to this request; or, when the trust check broke the connection off, that. */
    static ApiException of(HttpRequest request, IOException e) {
        var refused = CertificateRefused.in(e);
        if (refused.isPresent()) {
            return new ServerNotTrusted(refused.get(), e);
        }
        String message = e.getMessage();
        String why = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return new ServerUnreachable("no answer from " + request.uri().getAuthority() + ": " + why,
                e);
    }
}
