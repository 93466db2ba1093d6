package tally.client.trust;

import java.nio.file.Path;

/** What the console's trust check made of a server's certificate. */
public sealed interface TrustCheck {

    /** The certificate is the one trusted for this server. */
    record Trusted(String server) implements TrustCheck {
    }

    /** Nothing is trusted yet for this server: the operator is asked, as ssh asks. */
    record UnknownCertificate(String server, String fingerprint)
            implements TrustCheck, TrustRefusal {
        @Override
        public String explanation() {
            return "The certificate of " + server + " has not been trusted on this computer yet"
                    + " (SHA-256 " + fingerprint + "). Open the console again to check its"
                    + " fingerprint and trust it.";
        }

        @Override
        public String brief() {
            return "the certificate of " + server + " is not trusted yet: open the console"
                    + " again to check it";
        }
    }

    /** Another certificate than the one trusted: refused, never asked about. */
    record ChangedCertificate(String server, String trusted, String presented, Path file)
            implements TrustCheck, TrustRefusal {
        @Override
        public String explanation() {
            return "The certificate of " + server + " has changed since you trusted it.\n"
                    + "Trusted: " + trusted + "\nNow: " + presented + "\n"
                    + "Another machine may be pretending to be the server, so the console will"
                    + " not connect. If IT replaced the certificate, remove the line starting \""
                    + server + "\" from " + file + " and connect again to trust the new one.";
        }

        @Override
        public String brief() {
            return "the certificate of " + server + " has changed since you trusted it: open"
                    + " the console again for what to do";
        }
    }

    /** No handshake took place: the server is down or unreachable, nothing was learned. */
    record NoHandshake(String server, String why) implements TrustCheck {
    }
}
