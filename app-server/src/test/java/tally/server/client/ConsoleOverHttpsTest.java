package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tally.server.client.ConsoleDriver.eventually;
import static tally.server.client.ConsoleDriver.onFx;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tally.client.TallyClient;
import tally.client.api.HttpTallyApi;
import tally.client.api.ServerNotTrusted;
import tally.client.testing.TestCertificates;
import tally.client.trust.KnownServers;
import tally.client.trust.ServerTrust;

/**
 * HTTPS end to end: the real server on a test certificate, the real console window opened as
 * the jar opens it. First contact asks and the answer is remembered; the next start connects
 * without asking; a second keystore on the same host and port is refused with what to do.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleOverHttpsTest {
    private static final String PASSWORD = "keystore-pass-1";

    @TempDir
    static Path certificates;
    private static Path first;
    private static Path second;
    private static String firstPrint;

    @TempDir
    Path dir;
    private KnownServers known;
    private TlsServer server;
    private String knownBefore;
    private Stage stage;
    private CountDownLatch closed;

    @BeforeAll
    static void makeCertificates() throws Exception {
        first = TestCertificates.keystore(certificates, "first.p12", PASSWORD, "stores-pc");
        second = TestCertificates.keystore(certificates, "second.p12", PASSWORD, "stores-pc");
        firstPrint = TestCertificates.fingerprint(first, PASSWORD);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void serve() throws Exception {
        known = KnownServers.in(dir.resolve("home/.tally/known-servers"));
        knownBefore = System.setProperty(KnownServers.FILE_PROPERTY, known.file().toString());
        server = new TlsServer(dir.resolve("data"), PASSWORD).start(first);
        firstUser();
    }

    /**
     * The server's first user, made over HTTPS by a client with its own known-servers file, so
     * that the console's file stays empty and its first contact still asks.
     */
    private void firstUser() throws Exception {
        var setupKnown = KnownServers.in(dir.resolve("setup-known-servers"));
        setupKnown.trust(KnownServers.nameOf(server.uri()), firstPrint);
        var http = HttpClient.newBuilder()
                .sslContext(ServerTrust.sslContext(server.uri(), setupKnown)).build();
        var answer = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/setup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + RealServer.USER
                        + "\",\"password\":\"" + RealServer.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() throws Exception {
        if (onFx(stage::isShowing)) {
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
        server.close();
        if (knownBefore == null) {
            System.clearProperty(KnownServers.FILE_PROPERTY);
        } else {
            System.setProperty(KnownServers.FILE_PROPERTY, knownBefore);
        }
    }

    private void open(FxRobot robot) {
        closed = new CountDownLatch(1);
        robot.interact(() -> TallyClient.openOn(stage, server.uri(), closed::countDown));
    }

    private void close(FxRobot robot) throws InterruptedException {
        robot.interact(stage::hide);
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void asks_once_then_serves_over_https_and_refuses_a_changed_certificate(FxRobot robot)
            throws Exception {
        assertThat(server.uri().getScheme()).isEqualTo("https");
        String name = KnownServers.nameOf(server.uri());
        var driver = new ConsoleDriver(robot);
        open(robot);
        eventually(() -> driver.visible("#trustServer"));
        assertThat(robot.lookup("#trustFingerprint").queryAs(TextArea.class).getText()
                .replace("\n", ":")).isEqualTo(firstPrint);
        robot.clickOn("#trustServer");
        driver.signIn();
        driver.awaitConnected();
        assertThat(known.fingerprintOf(name)).contains(firstPrint);

        var other = new HttpTallyApi(server.uri(), ServerTrust.sslContext(server.uri(), known));
        other.signIn(RealServer.USER, RealServer.PASSWORD);
        other.command("register-product", Map.of("sku", "TLS-1", "name", "Over HTTPS"));
        other.command("receive-stock", Map.of("sku", "TLS-1", "location", "A-01", "quantity", 7));
        eventually(() -> driver.onHand("TLS-1") == 7);
        assertThat(health(server.uri(), known)).isEqualTo(200);
        assertThatThrownBy(() -> health(URI.create("http://" + name), known))
                .isInstanceOf(IOException.class);
        close(robot);

        open(robot);
        driver.signIn();
        driver.awaitConnected();
        assertThat(robot.lookup("#trustPrompt").tryQuery()).isEmpty();

        server.close();
        server.start(second);
        eventually(() -> driver.text("#status").equals("Not connected: the certificate of "
                + name + " has changed since you trusted it: open the console again for what"
                + " to do"));
        assertThatThrownBy(other::stock).isInstanceOf(ServerNotTrusted.class)
                .hasMessageContaining("remove the line starting \"" + name + "\" from "
                        + known.file());
        close(robot);

        open(robot);
        eventually(() -> driver.text("#trustMessage").contains("has changed since you trusted"));
        assertThat(driver.visible("#trustServer")).isFalse();
        robot.clickOn("#declineServer");
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(known.fingerprintOf(name)).contains(firstPrint);
    }

    @Test
    void a_declined_first_prompt_connects_nothing(FxRobot robot) throws Exception {
        var driver = new ConsoleDriver(robot);
        open(robot);
        eventually(() -> driver.visible("#declineServer"));
        robot.clickOn("#declineServer");
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(robot.lookup("#status").tryQuery()).isEmpty();
        assertThat(known.file()).doesNotExist();
        var api = new HttpTallyApi(server.uri(), ServerTrust.sslContext(server.uri(), known));
        assertThatThrownBy(api::stock).isInstanceOf(ServerNotTrusted.class);
    }

    private static int health(URI server, KnownServers known) throws Exception {
        var http = HttpClient.newBuilder().sslContext(ServerTrust.sslContext(server, known))
                .build();
        return http.send(HttpRequest.newBuilder(server.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
