package tally.client.trust;

/** Why the trust check refused a server, in words an operator can act on. */
public sealed interface TrustRefusal permits TrustCheck.UnknownCertificate,
        TrustCheck.ChangedCertificate {

    /** {@code host:port}. */
    String server();

    /** What happened and what to do, in a few lines. */
    String explanation();

    /** One line for a status bar. */
    String brief();
}
