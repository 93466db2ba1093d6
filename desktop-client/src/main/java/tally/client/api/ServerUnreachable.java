package tally.client.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import tally.client.trust.CertificateRefused;

/**
 * No answer came: the server is down, restarting, or the connection broke. {@link #notSent()}
 * tells the two cases apart: when no connection was made, nothing reached the server and a
 * command was certainly not recorded; otherwise it may or may not have been, which is why the
 * command form keeps its command id for a retry. The message is plain words for a screen:
 * never a Java class name or the library's own wording.
 */
public final class ServerUnreachable extends ApiException {
    private final boolean notSent;

    public ServerUnreachable(String message, Throwable cause) {
        this(message, cause, false);
    }

    public ServerUnreachable(String message, Throwable cause, boolean notSent) {
        super(message, cause);
        this.notSent = notSent;
    }

    /** True when no connection was made: the request never reached the server. */
    public boolean notSent() {
        return notSent;
    }

    /** No answer to this request; or, when the trust check broke the connection off, that. */
    static ApiException of(HttpRequest request, IOException e) {
        var refused = CertificateRefused.in(e);
        if (refused.isPresent()) {
            return new ServerNotTrusted(refused.get(), e);
        }
        boolean notSent = neverConnected(e);
        return new ServerUnreachable("no answer from " + request.uri().getAuthority() + ": "
                + why(e, notSent), e, notSent);
    }

    /** A refused or timed-out connection, or a name that does not resolve: nothing was sent. */
    static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String why(IOException e, boolean notSent) {
        if (notSent) {
            return e instanceof HttpConnectTimeoutException
                    ? "no connection could be made in time" : "the connection was refused";
        }
        return e instanceof HttpTimeoutException ? "it took too long to answer"
                : "the connection broke before the answer came";
    }
}
