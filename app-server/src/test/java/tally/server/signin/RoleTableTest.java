package tally.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;
import tally.server.openapi.TestSignIn;

/**
 * The "who may" table of docs/api.md, row by row: each role that may is let through, each that
 * may not gets a 403 problem naming the roles that may, whatever its body, and nothing stored.
 * The table is written out here from the API, not read from the server's code.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleTableTest implements TestPropertyProvider {
    static final List<String> ROLES = List.of("operator", "supervisor", "trainer", "admin");
    static final String SKU = "{\"sku\":\"RT-1\"";

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    /** One user per role, named after it. */
    final Map<String, CheckedHttp> as = new LinkedHashMap<>();
    String operatorToken;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-role-table");
    }

    /** One call of a row of the table, and the roles that may make it. */
    record Call(String method, String path, String body, Set<String> may) {
        static Call post(String path, String body, String... may) {
            return new Call("POST", path, body, Set.of(may));
        }
    }

    static final List<Call> TABLE = List.of(
            Call.post("/api/commands/receive-stock", SKU + ",\"location\":\"A\",\"quantity\":5}",
                    "operator", "supervisor"),
            Call.post("/api/commands/move-stock", SKU + ",\"from\":\"A\",\"to\":\"B\","
                    + "\"quantity\":1}", "operator", "supervisor"),
            Call.post("/api/commands/pick-stock", SKU + ",\"location\":\"A\",\"quantity\":1}",
                    "operator", "supervisor"),
            Call.post("/api/commands/adjust-stock", SKU + ",\"location\":\"A\","
                    + "\"countedQuantity\":2,\"reason\":\"count\"}", "operator", "supervisor"),
            Call.post("/api/commands/confirm-pick", "{}", "operator", "supervisor"),
            Call.post("/api/commands/register-product", "{\"sku\":\"RT-2\",\"name\":\"Nut\"}",
                    "supervisor"),
            Call.post("/api/commands/place-order", "{}", "supervisor"),
            Call.post("/api/commands/cancel-order", "{}", "supervisor"),
            Call.post("/api/commands/ship-order", "{}", "supervisor"),
            Call.post("/api/commands/define-location", "{\"location\":\"RT-BIN\"}",
                    "supervisor"),
            Call.post("/api/commands/change-location", "{}", "supervisor"),
            Call.post("/api/commands/retire-location", "{}", "supervisor"),
            new Call("GET", "/api/bins", "", Set.copyOf(ROLES)),
            Call.post("/api/commands/assign-barcode", SKU + ",\"barcode\":\"4006381333931\"}",
                    "supervisor"),
            Call.post("/api/commands/unassign-barcode", SKU + ",\"barcode\":\"4006381333931\"}",
                    "supervisor"),
            new Call("GET", "/api/barcodes", "", Set.copyOf(ROLES)),
            new Call("GET", "/api/barcodes/4006381333931", "", Set.copyOf(ROLES)),
            Call.post("/api/import/products?dryRun=true", "", "supervisor"),
            Call.post("/api/import/bins?dryRun=true", "", "supervisor"),
            Call.post("/api/projections/locations/pause", "", "trainer", "admin"),
            Call.post("/api/projections/locations/resume", "", "trainer", "admin"),
            Call.post("/api/projections/locations/rebuild", "", "trainer", "admin"),
            Call.post("/api/projections/activity/break", "", "trainer", "admin"),
            Call.post("/api/projections/activity/resume", "", "trainer", "admin"),
            new Call("PUT", "/api/projections/stock/delay", "{\"delayMillis\":0}",
                    Set.of("trainer", "admin")),
            new Call("GET", "/api/training", "", Set.copyOf(ROLES)),
            new Call("DELETE", "/api/training/traffic", "", Set.of("trainer", "admin")),
            Call.post("/api/training/second-operator", "{\"sku\":\"RT-NONE\"}", "trainer",
                    "admin"),
            new Call("GET", "/api/users", "", Set.of("admin")),
            Call.post("/api/users", "{\"username\":\"new-one\",\"password\":\"new-password\","
                    + "\"roles\":[\"operator\"]}", "admin"),
            new Call("PUT", "/api/users/operator", "{\"displayName\":\"Olga\"}",
                    Set.of("admin")),
            new Call("GET", "/api/products", "", Set.copyOf(ROLES)),
            new Call("GET", "/api/stock/RT-1", "", Set.copyOf(ROLES)),
            new Call("GET", "/api/locations", "", Set.copyOf(ROLES)),
            new Call("GET", "/api/activity", "", Set.copyOf(ROLES)),
            new Call("GET", "/api/events", "", Set.copyOf(ROLES)),
            new Call("GET", "/api/projections", "", Set.copyOf(ROLES)));

    @BeforeAll
    void oneUserPerRole() {
        var admin = new CheckedHttp(server.getURI());
        for (String role : ROLES) {
            assertThat(admin.post("/api/users", "{\"username\":\"" + role + "\",\"password\":\""
                    + role + "-password\",\"roles\":[\"" + role + "\"]}").status()).isEqualTo(200);
            String token = TestSignIn.signIn(server.getURI(), role, role + "-password");
            operatorToken = role.equals("operator") ? token : operatorToken;
            as.put(role, CheckedHttp.authorized(server.getURI(), "Bearer " + token));
        }
        admin.post("/api/commands/register-product", "{\"sku\":\"RT-1\",\"name\":\"Bolt\"}");
        admin.post("/api/commands/receive-stock", SKU + ",\"location\":\"A\",\"quantity\":50}");
    }

    @Test
    void each_row_lets_the_roles_that_may_through_and_refuses_the_others_naming_them() {
        for (Call call : TABLE) {
            for (String role : ROLES) {
                var answer = send(as.get(role), call, "application/json", call.body());
                String what = role + ": " + call.method() + " " + call.path();
                if (call.may().contains(role)) {
                    assertThat(answer.status()).as(what).isNotIn(401, 403);
                } else {
                    refused(what, call, answer);
                }
            }
        }
    }

    @Test
    void a_caller_without_the_role_gets_403_whatever_it_sent_and_nothing_is_stored() {
        var trainer = as.get("trainer");
        Call receive = TABLE.get(0);
        long head = store.headPosition();
        for (String[] sent : new String[][] {{"application/json", "{\"sku\":"},
                {"text/plain", "receive five"}, {null, ""},
                {"application/json", "{\"sku\":\"" + "x".repeat(70_000) + "\"}"}}) {
            refused("trainer sending " + sent[0], receive, send(trainer, receive, sent[0],
                    sent[1]));
        }
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void the_live_stream_is_for_every_signed_in_user() {
        for (String role : ROLES) {
            var live = as.get(role).stream("/api/stream", Map.of(),
                    text -> text.contains("event: projection"), Duration.ofSeconds(10));
            assertThat(live.status()).as(role).isEqualTo(200);
            assertThat(live.body()).as(role).contains("event: projection");
        }
    }

    @Test
    void the_log_s_stream_is_for_every_signed_in_user_and_resumes_after_last_event_id() {
        long head = store.headPosition();
        for (String role : ROLES) {
            var log = as.get(role).stream("/api/events/stream", Map.of("Last-Event-ID",
                    String.valueOf(head - 1)), text -> text.contains("id: " + head + "\n"),
                    Duration.ofSeconds(10));
            assertThat(log.status()).as(role).isEqualTo(200);
            assertThat(log.body()).as(role).startsWith(": the log after position " + (head - 1))
                    .contains("id: " + head + "\n").doesNotContain("id: " + (head - 1) + "\n");
        }
    }

    @Test
    void a_password_is_set_by_an_admin_or_by_the_user_itself_with_its_current_one() {
        var supervisor = as.get("supervisor");
        var own = send(supervisor, new Call("PUT", "/api/users/supervisor/password",
                "", Set.of()), "application/json", "{\"password\":\"supervisor-2nd\","
                + "\"currentPassword\":\"supervisor-password\"}");
        assertThat(own.status()).isEqualTo(204);
        assertThat(supervisor.get("/api/products").status()).as("this session goes on")
                .isEqualTo(200);
        Call others = new Call("PUT", "/api/users/trainer/password",
                "{\"password\":\"trainer-2nd-one\"}", Set.of("admin"));
        refused("supervisor setting the trainer's", others, send(supervisor, others,
                "application/json", others.body()));
        var withoutCurrent = send(supervisor, new Call("PUT", "/api/users/supervisor/password",
                "", Set.of()), "application/json", "{\"password\":\"supervisor-3rd\"}");
        assertThat(withoutCurrent.status()).isEqualTo(403);
        assertThat(withoutCurrent.body()).contains("/problems/current-password-refused");
        assertThat(send(as.get("admin"), others, "application/json", others.body()).status())
                .isEqualTo(204);
        assertThat(as.get("trainer").get("/api/products").status())
                .as("an admin's reset ends the user's sessions").isEqualTo(401);
        as.put("trainer", CheckedHttp.authorized(server.getURI(), "Bearer "
                + TestSignIn.signIn(server.getURI(), "trainer", "trainer-2nd-one")));
    }

    @Test
    void no_spelling_of_a_path_dodges_its_row() throws Exception {
        for (String path : List.of("//api/users", "/api//users", "/api/users/", "/api/%75sers",
                "/api/users?x=1", "/api/users/../users")) {
            assertThat(rawStatus(path, null)).as("no token: " + path).isIn(401, 404);
            assertThat(rawStatus(path, operatorToken)).as("operator: " + path).isIn(403, 404);
        }
    }

    /** The status of a GET sent byte for byte as written, which no client would normalize. */
    private int rawStatus(String target, String token) throws Exception {
        try (var socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: "
                    + server.getHost() + "\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static void refused(String what, Call call, CheckedHttp.Answer answer) {
        assertThat(answer.status()).as(what).isEqualTo(403);
        assertThat(answer.contentType()).as(what).isEqualTo("application/problem+json");
        assertThat(answer.body()).as(what).contains("https://tally.dev/problems/role-required");
        for (String role : call.may()) {
            assertThat(answer.body()).as(what + " names " + role).contains(role);
        }
    }

    private static CheckedHttp.Answer send(CheckedHttp as, Call call, String contentType,
                                           String body) {
        return as.send(call.method(), call.path(), body.isEmpty() ? null : contentType,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
