package tally.client.api;

import tally.client.trust.TrustRefusal;

/**
 * The console itself broke off the connection: the server's certificate is not the one trusted
 * for it (see tally.client.trust). No request was sent. The message says what to do.
 */
public final class ServerNotTrusted extends ApiException {
    private final transient TrustRefusal refusal;

    ServerNotTrusted(TrustRefusal refusal, Throwable cause) {
        super(refusal.explanation(), cause);
        this.refusal = refusal;
    }

    public TrustRefusal refusal() {
        return refusal;
    }
}
