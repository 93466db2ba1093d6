package tally.client.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.api.HttpTallyApi;
import tally.client.api.ServerNotTrusted;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.testing.FakeHttpServer;
import tally.client.testing.FakeSessions;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.TestCertificates;

/**
 * Trust on first use against a real HTTPS server: the fake server of the console's tests, on
 * certificates keytool makes for this run. No test here may send a request to a server that is
 * not trusted: the server counts what reached it.
 */
class ServerTrustTest {
    private static final String PASSWORD = "test-keystore-1";

    @TempDir
    static Path certificates;
    private static Path first;
    private static Path second;
    private static Path otherName;
    private static String firstPrint;
    private static String secondPrint;

    @TempDir
    Path home;
    private final FakeTallyApi fake = new FakeTallyApi();
    private final FakeHttpServer server = new FakeHttpServer(fake);
    private KnownServers known;

    @BeforeAll
    static void makeCertificates() throws Exception {
        first = TestCertificates.keystore(certificates, "first.p12", PASSWORD, "localhost",
                "127.0.0.1");
        second = TestCertificates.keystore(certificates, "second.p12", PASSWORD, "localhost",
                "127.0.0.1");
        otherName = TestCertificates.keystore(certificates, "stores-pc.p12", PASSWORD,
                "stores-pc");
        firstPrint = TestCertificates.fingerprint(first, PASSWORD);
        secondPrint = TestCertificates.fingerprint(second, PASSWORD);
    }

    private URI start(Path keystore) throws Exception {
        server.overTls(TestCertificates.serverContext(keystore, PASSWORD)).start();
        known = KnownServers.in(home.resolve(".tally/known-servers"));
        return server.uri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpTallyApi api(URI uri) {
        return new HttpTallyApi(uri, ServerTrust.sslContext(uri, known));
    }

    /** A client of a trusted server, signed in: the fake, as the real server, wants a session. */
    private HttpTallyApi signedIn(URI uri) {
        var api = api(uri);
        api.signIn("owner", FakeSessions.password("owner"));
        return api;
    }

    @Test
    void first_contact_learns_the_fingerprint_keytool_shows_and_sends_no_request()
            throws Exception {
        URI uri = start(first);
        var check = ServerTrust.check(uri, known);
        assertThat(check).isEqualTo(new TrustCheck.UnknownCertificate(KnownServers.nameOf(uri),
                firstPrint));
        assertThat(server.requests()).isZero();
        assertThat(known.file()).doesNotExist();
    }

    @Test
    void a_server_not_yet_trusted_gets_no_call_and_no_stream() throws Exception {
        URI uri = start(first);
        var api = api(uri);
        assertThatThrownBy(api::stock).isInstanceOfSatisfying(ServerNotTrusted.class,
                e -> assertThat(e.refusal()).isInstanceOf(TrustCheck.UnknownCertificate.class));
        var ended = new CompletableFuture<Throwable>();
        api.stream(OptionalLong.empty(), listener(new LinkedBlockingQueue<>(), ended));
        assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOf(ServerNotTrusted.class);
        assertThat(server.requests()).isZero();
    }

    @Test
    void a_trusted_server_answers_calls_and_the_stream_without_asking() throws Exception {
        URI uri = start(first);
        known.trust(KnownServers.nameOf(uri), firstPrint);
        assertThat(ServerTrust.check(uri, known)).isInstanceOf(TrustCheck.Trusted.class);
        var api = signedIn(uri);
        assertThat(api.stock().items()).isEmpty();
        var messages = new LinkedBlockingQueue<StreamMessage>();
        var ended = new CompletableFuture<Throwable>();
        try (var stream = api.stream(OptionalLong.empty(), listener(messages, ended))) {
            // Subscribed at the fake, not merely arrived: the sign-in and the stock call make
            // two requests already, and a pause before the stream is subscribed tells nobody.
            while (fake.openStreams() < 1) {
                Thread.sleep(20);
            }
            api.controlProjection("stock", "pause");
            assertThat(messages.poll(10, TimeUnit.SECONDS)).isInstanceOf(ProjectionChanged.class);
        }
        assertThat(ended).isNotCompletedExceptionally();
    }

    @Test
    void a_changed_certificate_on_the_same_host_and_port_is_refused_with_what_to_do()
            throws Exception {
        URI uri = start(first);
        String name = KnownServers.nameOf(uri);
        known.trust(name, firstPrint);
        signedIn(uri).stock();
        server.close();
        server.overTls(TestCertificates.serverContext(second, PASSWORD)).start();
        assertThat(server.uri()).isEqualTo(uri);
        int before = server.requests();

        var check = ServerTrust.check(uri, known);
        assertThat(check).isInstanceOf(TrustCheck.ChangedCertificate.class);
        String explanation = ((TrustRefusal) check).explanation();
        assertThat(explanation).contains("The certificate of " + name + " has changed since you"
                + " trusted it", secondPrint,
                "If IT replaced the certificate, remove the line starting \"" + name + "\" from "
                        + known.file());
        assertThatThrownBy(() -> api(uri).stock()).isInstanceOf(ServerNotTrusted.class)
                .hasMessage(explanation);
        assertThat(server.requests()).isEqualTo(before);
        assertThat(known.fingerprintOf(name)).contains(
                firstPrint);
    }

    @Test
    void a_pinned_certificate_made_for_another_name_is_trusted_all_the_same() throws Exception {
        URI uri = start(otherName);
        known.trust(KnownServers.nameOf(uri), TestCertificates.fingerprint(otherName, PASSWORD));
        assertThat(ServerTrust.check(uri, known)).isInstanceOf(TrustCheck.Trusted.class);
        assertThat(signedIn(uri).stock().items()).isEmpty();
    }

    @Test
    void no_server_listening_is_no_handshake_and_nothing_learned() throws Exception {
        URI uri = start(first);
        server.close();
        assertThat(ServerTrust.check(uri, known)).isInstanceOf(TrustCheck.NoHandshake.class);
        assertThat(known.file()).doesNotExist();
    }

    private static StreamListener listener(LinkedBlockingQueue<StreamMessage> messages,
                                           CompletableFuture<Throwable> ended) {
        return new StreamListener() {
            @Override
            public void message(StreamMessage message) {
                messages.add(message);
            }

            @Override
            public void closed(Throwable cause) {
                ended.complete(cause);
            }
        };
    }
}
