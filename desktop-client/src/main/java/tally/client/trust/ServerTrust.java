package tally.client.trust;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * The console's trust in an HTTPS server, as ssh's in a host: the TLS context every connection
 * to the server uses (HTTP calls and the live stream alike), and a handshake alone, made before
 * the console opens, that learns the server's certificate so that the operator can be asked.
 */
public final class ServerTrust {
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration HANDSHAKE = Duration.ofSeconds(10);

    private ServerTrust() {
    }

    /** TLS that accepts exactly the certificate {@code known} trusts for this server. */
    public static SSLContext sslContext(URI server, KnownServers known) {
        try {
            var tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {
                new PinnedCertificates(KnownServers.nameOf(server), known)}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java offers no TLS: " + e.getMessage(), e);
        }
    }

    /** A TLS handshake with the server and nothing more: no request is sent. */
    public static TrustCheck check(URI server, KnownServers known) {
        String name = KnownServers.nameOf(server);
        String host = server.getHost().replaceAll("^\\[|]$", "");
        int port = Integer.parseInt(name.substring(name.lastIndexOf(':') + 1));
        try (var raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), (int) CONNECT.toMillis());
            raw.setSoTimeout((int) HANDSHAKE.toMillis());
            try (var tls = (SSLSocket) sslContext(server, known).getSocketFactory()
                    .createSocket(raw, host, port, true)) {
                tls.startHandshake();
            }
            return new TrustCheck.Trusted(name);
        } catch (IOException e) {
            return CertificateRefused.in(e).<TrustCheck>map(refusal -> switch (refusal) {
                case TrustCheck.UnknownCertificate unknown -> unknown;
                case TrustCheck.ChangedCertificate changed -> changed;
            }).orElseGet(() -> new TrustCheck.NoHandshake(name, e.getMessage() == null
                    ? "the connection broke before the server showed its certificate"
                    : e.getMessage()));
        }
    }
}
