package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;
import tally.server.openapi.TestSignIn;

/** Signing in, setup once a user exists, the lockout, and a browser on another site. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningInTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    @Inject
    MovableClock clock;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(OwnServer.properties("tally-signing-in"));
        properties.put(MovableClock.PROPERTY, "true");
        return properties;
    }

    private CheckedHttp admin() {
        return new CheckedHttp(server.getURI());
    }

    private void addUser(String name, String role) {
        assertThat(admin().post("/api/users", "{\"username\":\"" + name + "\",\"password\":\""
                + name + "-password\",\"roles\":[\"" + role + "\"]}").status()).isEqualTo(200);
    }

    /**
     * Micronaut Security's reactive filter and token fetcher are not beans: the users module's
     * direct ones, which ask the same, take their place (docs/benchmarks.md, "Signing in").
     */
    @Test
    void each_request_is_checked_by_the_direct_filter_and_fetcher_alone() throws Exception {
        var context = server.getApplicationContext();

        assertThat(context.findBean(SecurityFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(
                Class.forName("tally.users.access.DirectSecurityFilter"))).hasSize(1);
        assertThat(context.getBeansOfType(TokenAuthenticationFetcher.class))
                .extracting(f -> f.getClass().getSimpleName())
                .containsExactly("DirectTokenFetcher");
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void setup_is_closed_once_a_user_exists() {
        admin(); // sets up the test user
        var a = CheckedHttp.anonymous(server.getURI()).post("/api/setup",
                credentials("another", "another-password"));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.body()).contains("https://tally.dev/problems/setup-closed");
    }

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_401() {
        addUser("wanda", "operator");
        var http = CheckedHttp.anonymous(server.getURI());
        var wrong = http.post("/api/sessions", credentials("wanda", "not-her-password"));
        var nobody = http.post("/api/sessions", credentials("nobody", "not-her-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("https://tally.dev/problems/bad-credentials")
                .isEqualTo(nobody.body());
    }

    @Test
    void five_wrong_passwords_lock_the_name_for_60_seconds_even_with_the_right_one() {
        addUser("lena", "operator");
        var http = CheckedHttp.anonymous(server.getURI());
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/sessions", credentials("lena", "wrong-" + i + "-pass"))
                    .status()).isEqualTo(401);
        }
        var locked = http.send("POST", "/api/sessions", "application/json",
                credentials("lena", "lena-password").getBytes(StandardCharsets.UTF_8));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("https://tally.dev/problems/too-many-attempts");
        assertThat(TestSignIn.signIn(server.getURI(), TestSignIn.USERNAME, TestSignIn.PASSWORD))
                .as("another name is not locked").isNotBlank();

        clock.advance(Duration.ofSeconds(59));
        assertThat(http.post("/api/sessions", credentials("lena", "lena-password")).status())
                .isEqualTo(429);
        clock.advance(Duration.ofSeconds(2));
        assertThat(http.post("/api/sessions", credentials("lena", "lena-password")).status())
                .isEqualTo(200);
    }

    @Test
    void the_lockout_says_how_long_to_wait_in_retry_after() throws Exception {
        addUser("rita", "operator");
        var client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = client.send(java.net.http.HttpRequest.newBuilder(
                    server.getURI().resolve("/api/sessions"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            credentials("rita", "wrong-password"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_a_new_role_counts_at_once() {
        addUser("dora", "operator");
        var dora = CheckedHttp.authorized(server.getURI(), "Bearer "
                + TestSignIn.signIn(server.getURI(), "dora", "dora-password"));
        String register = "{\"sku\":\"DORA-1\",\"name\":\"Bolt\"}";
        assertThat(dora.post("/api/commands/register-product", register).status())
                .isEqualTo(403);
        admin().send("PUT", "/api/users/dora", "application/json",
                "{\"roles\":[\"supervisor\"]}".getBytes(StandardCharsets.UTF_8));
        assertThat(dora.post("/api/commands/register-product", register).status())
                .isEqualTo(200);
        admin().send("PUT", "/api/users/dora", "application/json",
                "{\"enabled\":false}".getBytes(StandardCharsets.UTF_8));
        assertThat(dora.get("/api/products").status()).isEqualTo(401);
        assertThat(CheckedHttp.anonymous(server.getURI()).post("/api/sessions",
                credentials("dora", "dora-password")).status()).isEqualTo(401);
    }

    @Test
    void the_last_admin_can_be_neither_disabled_nor_demoted() {
        var a = admin().send("PUT", "/api/users/" + TestSignIn.USERNAME, "application/json",
                "{\"roles\":[\"operator\"]}".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(409);
        assertThat(a.body()).contains("https://tally.dev/problems/last-admin");
    }

    @Test
    void a_request_from_another_sites_page_is_refused_with_a_problem_and_stores_nothing() {
        long head = store.headPosition();
        var page = CheckedHttp.authorized(server.getURI(), TestSignIn.bearer(server.getURI()));
        var post = page.send("POST", "/api/commands/register-product",
                Map.of("Content-Type", "application/json", "Origin", "http://evil.example"),
                "{\"sku\":\"X-1\",\"name\":\"Bolt\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.contentType()).isEqualTo("application/problem+json");
        assertThat(post.body()).contains("https://tally.dev/problems/cross-origin");
        var signIn = CheckedHttp.anonymous(server.getURI()).send("POST", "/api/sessions",
                Map.of("Content-Type", "application/json", "Origin", "http://evil.example"),
                credentials(TestSignIn.USERNAME, TestSignIn.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.body()).contains("cross-origin").doesNotContain("token");
        assertThat(store.headPosition()).isEqualTo(head);
        String own = server.getURI().getScheme() + "://" + server.getURI().getAuthority();
        assertThat(page.send("GET", "/api/products", Map.of("Origin", own), new byte[0])
                .status()).as("the server's own origin").isEqualTo(200);
    }

    @Test
    void the_live_stream_refuses_a_missing_token() {
        var a = CheckedHttp.anonymous(server.getURI()).stream("/api/stream", Map.of(),
                text -> true, Duration.ofSeconds(5));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body()).contains("not-signed-in");
    }
}
