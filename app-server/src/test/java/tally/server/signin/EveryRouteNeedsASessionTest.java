package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;
import tally.server.openapi.TestSignIn;

/**
 * Every route of the served OpenAPI document (read from it, so a route added later is covered
 * by itself), called without a token, with a garbage one, a malformed header, an expired
 * token, a signed-out one and a disabled user's: always 401 problem+json, the same body, and
 * nothing stored. Only the operations the document marks open are left out.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRouteNeedsASessionTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    @Inject
    MovableClock clock;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(OwnServer.properties("tally-every-route"));
        properties.put(MovableClock.PROPERTY, "true");
        return properties;
    }

    /** One documented operation: its method, a path to call and whether it takes a body. */
    record Route(String method, String path, boolean body) {
    }

    @Test
    void no_bad_or_stale_token_gets_past_any_route_and_each_gets_the_same_401() {
        var admin = new CheckedHttp(server.getURI());
        for (String name : List.of("gone", "off")) {
            assertThat(admin.post("/api/users", "{\"username\":\"" + name + "\",\"password\":"
                    + "\"" + name + "-password-1\",\"roles\":[\"operator\"]}").status())
                    .isEqualTo(200);
        }
        String signedOut = TestSignIn.signIn(server.getURI(), "gone", "gone-password-1");
        assertThat(CheckedHttp.authorized(server.getURI(), "Bearer " + signedOut)
                .send("DELETE", "/api/sessions/current", Map.of(), new byte[0]).status())
                .isEqualTo(204);
        String disabled = TestSignIn.signIn(server.getURI(), "off", "off-password-1");
        assertThat(admin.send("PUT", "/api/users/off", "application/json",
                "{\"enabled\":false}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        String expired = TestSignIn.signIn(server.getURI(), "gone", "gone-password-1");
        clock.advance(Duration.ofHours(12).plusSeconds(1));

        var credentials = new LinkedHashMap<String, CheckedHttp>();
        credentials.put("no token", CheckedHttp.anonymous(server.getURI()));
        credentials.put("a garbage token", CheckedHttp.authorized(server.getURI(),
                "Bearer not-a-token-at-all"));
        credentials.put("a malformed header", CheckedHttp.authorized(server.getURI(),
                "Basic Z29uZTpnb25lLXBhc3N3b3JkLTE="));
        credentials.put("an expired token", CheckedHttp.authorized(server.getURI(),
                "Bearer " + expired));
        credentials.put("a signed-out token", CheckedHttp.authorized(server.getURI(),
                "Bearer " + signedOut));
        credentials.put("a disabled user's token", CheckedHttp.authorized(server.getURI(),
                "Bearer " + disabled));
        List<Route> routes = documentedRoutes();
        assertThat(routes).hasSizeGreaterThan(20);
        long head = store.headPosition();
        String users = new CheckedHttp(server.getURI()).get("/api/users").body();
        String firstBody = null;
        for (var credential : credentials.entrySet()) {
            for (Route route : routes) {
                var answer = route.body()
                        ? credential.getValue().send(route.method(), route.path(),
                                "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                        : credential.getValue().send(route.method(), route.path(),
                                (String) null, new byte[0]);
                String what = route.method() + " " + route.path() + " with " + credential.getKey();
                assertThat(answer.status()).as(what).isEqualTo(401);
                assertThat(answer.contentType()).as(what).isEqualTo("application/problem+json");
                firstBody = firstBody == null ? answer.body() : firstBody;
                assertThat(answer.body()).as(what).isEqualTo(firstBody);
            }
        }
        assertThat(firstBody).contains("https://tally.dev/problems/not-signed-in");
        assertThat(store.headPosition()).as("nothing stored").isEqualTo(head);
        assertThat(new CheckedHttp(server.getURI()).get("/api/users").body()).as("no user changed")
                .isEqualTo(users);
    }

    /** Every operation the served document does not mark open, with a path to call it on. */
    private List<Route> documentedRoutes() {
        Map<String, Object> doc = new Yaml().load(CheckedHttp.anonymous(server.getURI())
                .get("/openapi.yml").body());
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        var routes = new ArrayList<Route>();
        paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
            if (!List.of().equals(operation.get("security"))) {
                routes.add(new Route(method.toUpperCase(), example(template),
                        operation.containsKey("requestBody")));
            }
        }));
        return routes;
    }

    private static String example(String template) {
        return template.replace("{sku}", "SKU-1").replace("{location}", "A-01")
                .replace("{name}", "stock").replace("{username}", "second")
                .replace("{orderId}", "SO-1").replace("{code}", "4006381333931");
    }
}
