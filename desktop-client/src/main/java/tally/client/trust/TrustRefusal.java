package tally.client.trust;

/** Why the trust check refused a server, in words an operator can act on. */
public sealed interface TrustRefusal permits TrustCheck.UnknownCertificate,
        TrustCheck.ChangedCertificate {

    /** {@code host:port}. */
    String server();

    String explanation();
}
