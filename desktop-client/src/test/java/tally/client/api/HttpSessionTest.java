package tally.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.client.api.WireShapes.NewUser;
import tally.client.api.WireShapes.UserChange;

/** Signing in over HTTP: the token on every call and the stream, and what a 401 ends. */
class HttpSessionTest {
    private static final String SESSION = "{\"token\":\"t-1\",\"username\":\"olga\","
            + "\"displayName\":\"Olga Berg\",\"roles\":[\"operator\"],"
            + "\"expiresAt\":\"2030-01-01T18:00:00Z\"}";
    private static final String STOCK = "{\"position\":0,\"items\":[]}";
    private static final String UNAUTHORIZED = "{\"type\":\"https://tally.dev/problems/"
            + "unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"sign in\"}";

    private final HttpServer stub = start();
    private final HttpTallyApi api = new HttpTallyApi(
            URI.create("http://127.0.0.1:" + stub.getAddress().getPort()));
    private final BlockingQueue<String> heard = new ArrayBlockingQueue<>(20);
    private final AtomicInteger ended = new AtomicInteger();

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        stub.stop(0);
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", status < 300 ? "application/json"
                : "application/problem+json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /** Records "METHOD PATH AUTHORIZATION BODY" of each request, then answers. */
    private void route(String path, int status, String body) {
        stub.createContext(path, ex -> {
            heard.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + ex.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(ex, status, body);
        });
    }

    private String next() throws InterruptedException {
        return heard.poll(5, TimeUnit.SECONDS);
    }

    @Test
    void once_signed_in_every_call_and_the_stream_carry_the_token() throws Exception {
        route("/api/sessions", 200, SESSION);
        route("/api/stock", 200, STOCK);
        route("/api/stream", 401, UNAUTHORIZED);
        api.stock();
        assertThat(next()).isEqualTo("GET /api/stock null ");

        var session = api.signIn("olga", "secret-password");
        assertThat(next()).isEqualTo("POST /api/sessions null "
                + "{\"username\":\"olga\",\"password\":\"secret-password\"}");
        assertThat(session.roles()).containsExactly("operator");
        assertThat(session.toString()).doesNotContain("t-1");
        api.stock();
        assertThat(next()).isEqualTo("GET /api/stock Bearer t-1 ");
        api.stream(OptionalLong.empty(), new Quiet());
        assertThat(next()).isEqualTo("GET /api/stream Bearer t-1 ");
    }

    @Test
    void a_401_ends_the_session_once_and_the_token_goes_no_more() throws Exception {
        route("/api/sessions", 200, SESSION);
        route("/api/stock", 401, UNAUTHORIZED);
        api.onSessionEnded(ended::incrementAndGet);
        api.signIn("olga", "secret-password");
        next();

        assertThatThrownBy(api::stock).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(ProblemException.endsSession(e)).isTrue());
        assertThatThrownBy(api::stock).isInstanceOf(ProblemException.class);
        assertThat(ended).hasValue(1);
        next();
        assertThat(next()).isEqualTo("GET /api/stock null ");
    }

    @Test
    void a_stream_refused_with_401_ends_the_session_before_its_listener_hears_it()
            throws Exception {
        route("/api/sessions", 200, SESSION);
        route("/api/stream", 401, UNAUTHORIZED);
        api.signIn("olga", "secret-password");
        var order = new ArrayBlockingQueue<String>(2);
        api.onSessionEnded(() -> order.add("session ended"));
        api.stream(OptionalLong.empty(), new Quiet() {
            @Override
            public void closed(Throwable cause) {
                order.add("stream closed " + ProblemException.endsSession(cause));
            }
        });
        assertThat(order.poll(5, TimeUnit.SECONDS)).isEqualTo("session ended");
        assertThat(order.poll(5, TimeUnit.SECONDS)).isEqualTo("stream closed true");
    }

    @Test
    void a_wrong_password_ends_nothing_and_too_many_say_how_long_to_wait() {
        stub.createContext("/api/sessions", ex -> {
            ex.getResponseHeaders().add("Retry-After", "60");
            answer(ex, 429, "{\"type\":\"https://tally.dev/problems/too-many-attempts\","
                    + "\"title\":\"Too Many Requests\",\"status\":429}");
        });
        api.onSessionEnded(ended::incrementAndGet);

        assertThatThrownBy(() -> api.signIn("olga", "wrong")).isInstanceOfSatisfying(
                ProblemException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(OptionalLong.of(60)));
        assertThat(ended).hasValue(0);
    }

    @Test
    void signing_out_gives_the_token_back_once_and_forgets_it() throws Exception {
        route("/api/sessions", 200, SESSION);
        route("/api/stock", 200, STOCK);
        stub.createContext("/api/sessions/current", ex -> {
            heard.add(ex.getRequestMethod() + " " + ex.getRequestHeaders()
                    .getFirst("Authorization"));
            answer(ex, 401, UNAUTHORIZED);
        });
        api.onSessionEnded(ended::incrementAndGet);
        api.signIn("olga", "secret-password");
        next();

        assertThatThrownBy(api::signOut).isInstanceOf(ProblemException.class);
        assertThat(next()).isEqualTo("DELETE Bearer t-1");
        api.stock();
        assertThat(next()).isEqualTo("GET /api/stock null ");
        assertThat(ended).as("an expired token given back ends nothing more").hasValue(0);
    }

    @Test
    void the_admins_calls_send_what_the_contract_says() throws Exception {
        String user = "{\"username\":\"kim\",\"displayName\":\"Kim\",\"roles\":"
                + "[\"operator\"],\"enabled\":true}";
        stub.createContext("/api/users", ex -> {
            heard.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(ex, 200, ex.getRequestMethod().equals("GET") ? "{\"items\":[" + user + "]}"
                    : user);
        });

        api.addUser(new NewUser("kim", "a-long-password", List.of("operator"), null));
        assertThat(next()).isEqualTo("POST /api/users {\"username\":\"kim\",\"password\":"
                + "\"a-long-password\",\"roles\":[\"operator\"]}");
        var changed = api.changeUser("kim", new UserChange(null, null, false));
        assertThat(next()).isEqualTo("PUT /api/users/kim {\"enabled\":false}");
        assertThat(changed.roles()).containsExactly("operator");
        api.resetPassword("kim", "another-long-one");
        assertThat(next()).isEqualTo(
                "PUT /api/users/kim/password {\"password\":\"another-long-one\"}");
        assertThat(api.users().items()).extracting(WireShapes.UserAccount::username)
                .containsExactly("kim");
        assertThat(next()).isEqualTo("GET /api/users ");
    }

    /** A stream listener that hears nothing of interest. */
    private static class Quiet implements StreamListener {
        @Override
        public void message(StreamMessage message) {
        }

        @Override
        public void closed(Throwable cause) {
        }
    }
}
