package tally.client.trust;

import java.security.cert.CertificateException;
import java.util.Optional;

/**
 * Thrown from the handshake by {@link PinnedCertificates}: JSSE ends the connection and hands
 * this on as the cause of its own exception, where {@link #in} finds it again.
 */
public final class CertificateRefused extends CertificateException {
    private final transient TrustRefusal refusal;

    CertificateRefused(TrustRefusal refusal) {
        super(refusal.explanation());
        this.refusal = refusal;
    }

    public TrustRefusal refusal() {
        return refusal;
    }

    /** The refusal behind a failed connection, if the trust check was its cause. */
    public static Optional<TrustRefusal> in(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof CertificateRefused refused) {
                return Optional.of(refused.refusal);
            }
        }
        return Optional.empty();
    }
}
