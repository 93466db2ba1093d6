package tally.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Test certificates made at test time by the running JDK's keytool, as a site's IT would make
 * one (docs/install.md): a PKCS12 keystore holding one key and its self-signed certificate.
 */
public final class TestCertificates {
    private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");
    private static final Pattern SHA256 = Pattern.compile("SHA-256\\): ([0-9A-F:]{95})");

    private TestCertificates() {
    }

    /**
     * A new keystore whose certificate names {@code names}, the first as its CN: host names,
     * or IP addresses. Without 127.0.0.1 among them it is made for another machine's name.
     */
    public static Path keystore(Path dir, String file, String password, String... names)
            throws IOException, InterruptedException {
        Path keystore = dir.resolve(file);
        var alternatives = new ArrayList<String>();
        for (String name : names) {
            alternatives.add((name.matches("[0-9.]+") ? "ip:" : "dns:") + name);
        }
        keytool(List.of("-genkeypair", "-alias", "tally", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=" + names[0], "-ext",
                "SAN=" + String.join(",", alternatives), "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password));
        return keystore;
    }

    /** The certificate's SHA-256 fingerprint as keytool prints it, for IT to compare. */
    public static String fingerprint(Path keystore, String password)
            throws IOException, InterruptedException {
        String listing = keytool(List.of("-list", "-keystore", keystore.toString(),
                "-storepass", password));
        var found = SHA256.matcher(listing);
        assertThat(found.find()).as("a SHA-256 fingerprint in: " + listing).isTrue();
        return found.group(1);
    }

    /** A PKCS12 store of the keystore's certificate alone, without its key: a trust store. */
    public static Path certificateOnly(Path keystore, String password, Path into)
            throws IOException, InterruptedException {
        Path pem = into.resolveSibling(into.getFileName() + ".pem");
        keytool(List.of("-exportcert", "-rfc", "-alias", "tally", "-keystore",
                keystore.toString(), "-storepass", password, "-file", pem.toString()));
        keytool(List.of("-importcert", "-noprompt", "-alias", "tally", "-file", pem.toString(),
                "-storetype", "PKCS12", "-keystore", into.toString(), "-storepass", password));
        return into;
    }

    /** A server's TLS context over the keystore. */
    public static SSLContext serverContext(Path keystore, String password)
            throws IOException, GeneralSecurityException {
        var keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, password.toCharArray());
        }
        var managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password.toCharArray());
        var tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
    }

    private static String keytool(List<String> args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(KEYTOOL.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
