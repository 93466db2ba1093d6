package tally.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.TestCertificates;

class TlsSettingsTest {
    private static final String PASSWORD = "keystore-pass-1";

    @TempDir
    static Path dir;
    private static Path keystore;

    @BeforeAll
    static void makeKeystore() throws Exception {
        keystore = TestCertificates.keystore(dir, "tally.p12", PASSWORD, "stores-pc");
    }

    private static Map<String, Object> settings(Object... pairs) {
        var settings = new HashMap<String, Object>(Map.of(Settings.PORT, 8443,
                Settings.HOST, "0.0.0.0"));
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put((String) pairs[i], pairs[i + 1]);
        }
        return settings;
    }

    private static String refusal(Map<String, Object> settings, Map<String, String> env) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> TlsSettings.micronaut(settings, env));
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(PASSWORD);
        return e.getMessage();
    }

    @Test
    void a_keystore_and_its_password_serve_https_on_the_port_option_alone() {
        var micronaut = TlsSettings.micronaut(settings(TlsSettings.KEYSTORE, keystore.toString(),
                TlsSettings.PASSWORD, PASSWORD), Map.of());
        assertThat(micronaut).containsEntry("micronaut.server.ssl.enabled", true)
                .containsEntry("micronaut.server.ssl.port", 8443)
                .containsEntry("micronaut.server.ssl.key-store.path", "file:" + keystore)
                .containsEntry("micronaut.server.ssl.key-store.type", "PKCS12")
                .containsEntry("micronaut.server.ssl.key-store.password", PASSWORD);
    }

    @Test
    void without_a_keystore_the_server_speaks_plain_http() {
        assertThat(TlsSettings.micronaut(settings(), Map.of())).isEmpty();
    }

    @Test
    void the_password_comes_from_the_environment_before_the_settings_file() {
        var fromFileWrong = settings(TlsSettings.KEYSTORE, keystore.toString(),
                TlsSettings.PASSWORD, "not-the-password");
        assertThat(TlsSettings.micronaut(fromFileWrong,
                Map.of(TlsSettings.PASSWORD_VARIABLE, PASSWORD))).isNotEmpty();
        var fromFileRight = settings(TlsSettings.KEYSTORE, keystore.toString(),
                TlsSettings.PASSWORD, PASSWORD);
        assertThat(refusal(fromFileRight, Map.of(TlsSettings.PASSWORD_VARIABLE, "wrong")))
                .isEqualTo("the password does not open the keystore " + keystore
                        + " (from TALLY_TLS_KEYSTORE_PASSWORD or tally.tls.keystore-password)");
    }

    @Test
    void a_keystore_that_cannot_be_used_is_refused_in_one_line_saying_why() throws Exception {
        Path missing = dir.resolve("missing.p12");
        assertThat(refusal(settings(TlsSettings.KEYSTORE, missing.toString()),
                Map.of(TlsSettings.PASSWORD_VARIABLE, PASSWORD)))
                .isEqualTo("the keystore " + missing + " does not exist");
        assertThat(refusal(settings(TlsSettings.KEYSTORE, keystore.toString()), Map.of()))
                .isEqualTo("the keystore " + keystore + " needs its password: set"
                        + " TALLY_TLS_KEYSTORE_PASSWORD or tally.tls.keystore-password in the"
                        + " --config file");
        Path pem = Files.writeString(dir.resolve("server.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        assertThat(refusal(settings(TlsSettings.KEYSTORE, pem.toString()),
                Map.of(TlsSettings.PASSWORD_VARIABLE, PASSWORD)))
                .startsWith(pem + " is not a PKCS12 keystore");
        Path trustStore = TestCertificates.certificateOnly(keystore, PASSWORD,
                dir.resolve("trust.p12"));
        assertThat(refusal(settings(TlsSettings.KEYSTORE, trustStore.toString()),
                Map.of(TlsSettings.PASSWORD_VARIABLE, PASSWORD)))
                .isEqualTo("the keystore " + trustStore + " holds no private key, only"
                        + " certificates: it needs the server's key and certificate");
    }

    @Test
    void plain_http_on_an_address_other_machines_reach_is_warned_about() {
        assertThat(TlsSettings.plainOnTheNetwork(settings())).hasValueSatisfying(warning ->
                assertThat(warning).startsWith("listening on 0.0.0.0 without TLS")
                        .contains("--tls-keystore").doesNotContain("\n"));
        assertThat(TlsSettings.plainOnTheNetwork(settings(Settings.HOST, "stores-pc.invalid")))
                .isPresent();
        for (String loopback : new String[] {"127.0.0.1", "localhost", "::1", "127.0.1.1"}) {
            assertThat(TlsSettings.plainOnTheNetwork(settings(Settings.HOST, loopback)))
                    .as(loopback).isEmpty();
        }
        assertThat(TlsSettings.plainOnTheNetwork(settings(TlsSettings.KEYSTORE,
                keystore.toString()))).isEmpty();
    }
}
