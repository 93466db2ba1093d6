package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tally.client.testing.TestCertificates;

/** The command line's side of HTTPS: the option, what it refuses, and the start-up warning. */
class HttpsLaunchTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int launch(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void help_offers_the_keystore_and_says_the_password_never_goes_on_the_command_line() {
        assertThat(launch("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--tls-keystore FILE",
                "TALLY_TLS_KEYSTORE_PASSWORD", "tally.tls.keystore-password", "never from a")
                .doesNotContain("--tls-password");
    }

    @Test
    void there_is_no_password_option_and_asking_for_one_says_where_it_goes() {
        assertThat(launch("server", "--tls-password", "secret-1")).isEqualTo(2);
        assertThat(errLines().get(0)).isEqualTo("tally: there is no '--tls-password': a password"
                + " on the command line is seen by every user of the machine; set"
                + " TALLY_TLS_KEYSTORE_PASSWORD or tally.tls.keystore-password in the --config"
                + " file");
    }

    @Test
    void a_keystore_that_cannot_be_opened_is_one_line_and_exit_1() throws Exception {
        Path keystore = TestCertificates.keystore(dir, "tally.p12", "right-password", "localhost");
        Path config = Files.writeString(dir.resolve("tally.yml"),
                "tally:\n  tls:\n    keystore-password: wrong-password\n");
        assertThat(launch("server", "--port", "0", "--data", dir.resolve("data").toString(),
                "--config", config.toString(), "--tls-keystore", keystore.toString()))
                .isEqualTo(1);
        assertThat(errLines()).containsExactly("tally: the password does not open the keystore "
                + keystore + " (from TALLY_TLS_KEYSTORE_PASSWORD or tally.tls.keystore-password)");
        assertThat(out.size()).isZero();
        assertThat(dir.resolve("data/tally.lock")).doesNotExist();
    }

    @Test
    void the_keystore_and_its_password_may_both_come_from_the_settings_file() throws Exception {
        Path keystore = TestCertificates.keystore(dir, "tally.p12", "file-password", "localhost");
        Path config = Files.writeString(dir.resolve("tally.properties"),
                "tally.tls.keystore=" + keystore + "\ntally.tls.keystore-password=file-password\n");
        var settings = Settings.of(LaunchOptions.parse("server", "--port", "0", "--data",
                dir.resolve("data").toString(), "--config", config.toString()));
        assertThat(TlsSettings.micronaut(settings, java.util.Map.of()))
                .containsEntry("micronaut.server.ssl.enabled", true);
    }

    @Test
    void plain_http_on_every_address_warns_once_in_the_log_and_https_there_does_not()
            throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(TallyServer.class);
        var seen = new ListAppender<ILoggingEvent>();
        seen.start();
        log.addAppender(seen);
        try (var plain = TallyServer.start(Settings.of(LaunchOptions.parse("server", "--host",
                "0.0.0.0", "--port", "0", "--data", dir.resolve("plain").toString())))) {
            assertThat(plain.url().getScheme()).isEqualTo("http");
        }
        Path keystore = TestCertificates.keystore(dir, "tally.p12", "pass-word-1", "localhost",
                "127.0.0.1");
        var tls = new java.util.HashMap<>(Settings.of(LaunchOptions.parse("server", "--host",
                "0.0.0.0", "--port", "0", "--data", dir.resolve("tls").toString(),
                "--tls-keystore", keystore.toString())));
        tls.put(TlsSettings.PASSWORD, "pass-word-1");
        try (var https = TallyServer.start(tls)) {
            assertThat(https.url().getScheme()).isEqualTo("https");
            URI plainToTheSamePort = URI.create("http://127.0.0.1:" + https.port() + "/health");
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                    HttpClient.newHttpClient().send(HttpRequest.newBuilder(plainToTheSamePort)
                            .build(), HttpResponse.BodyHandlers.ofString()));
        } finally {
            log.detachAppender(seen);
        }
        assertThat(seen.list).filteredOn(e -> e.getFormattedMessage().contains("without TLS"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getLevel().toString()).isEqualTo("WARN");
                    assertThat(e.getFormattedMessage()).startsWith(
                            "listening on 0.0.0.0 without TLS");
                });
    }
}
