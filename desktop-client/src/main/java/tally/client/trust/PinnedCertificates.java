package tally.client.trust;

import java.io.UncheckedIOException;
import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust on first use for one server: its certificate is accepted when its fingerprint is the
 * one {@link KnownServers} holds for the server, and refused otherwise, with a
 * {@link CertificateRefused} that says whether nothing is trusted yet or something else was.
 *
 * <p>Extended, not a plain X509TrustManager: JSSE then leaves the host-name check to this class,
 * which skips it on purpose. The pinned fingerprint is the server's identity, and a site's
 * certificate is often made for a name (stores-pc) that is not the one the console dials
 * (192.168.1.20); a name check would refuse the very certificate the operator confirmed.
 */
final class PinnedCertificates extends X509ExtendedTrustManager {
    private final String server;
    private final KnownServers known;

    PinnedCertificates(String server, KnownServers known) {
        this.server = server;
        this.known = known;
    }

    /** SHA-256 of the certificate's DER bytes, as {@code keytool -list} and openssl print it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot take the fingerprint of a certificate", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException(server + " sent no certificate");
        }
        String presented = fingerprint(chain[0]);
        Optional<String> trusted;
        try {
            trusted = known.fingerprintOf(server);
        } catch (UncheckedIOException e) {
            throw new CertificateException(e.getMessage(), e);
        }
        if (trusted.isEmpty()) {
            throw new CertificateRefused(new TrustCheck.UnknownCertificate(server, presented));
        }
        if (!trusted.get().equalsIgnoreCase(presented)) {
            throw new CertificateRefused(new TrustCheck.ChangedCertificate(server, trusted.get(),
                    presented, known.file()));
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
        throw new CertificateException("the console trusts servers, not clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
