package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.server.openapi.TestSignIn;

/**
 * Users and sessions are shared (issue 17): two nodes, each its own JVM and data folder, on one
 * PostgreSQL. A token from node A is good on node B at once; signed out on A, B refuses it
 * within B's re-check period; a user added on A signs in on B.
 */
class SharedUsersOnPostgresTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_token_and_a_user_from_one_node_hold_on_the_other_and_a_sign_out_too(
            @TempDir Path dataA, @TempDir Path dataB) throws Exception {
        try (var nodes = TwoNodes.onFreshPostgres(dataA, dataB)) {
            ChildServer nodeA = nodes.a();
            ChildServer nodeB = nodes.b();
            String token = TestSignIn.token(nodeA.url()); // set up on A, signed in on A
            assertThat(usersStatus(nodeB.url(), token)).as(() -> "A's token on B; B said "
                    + String.join("\n", nodeB.output())).isEqualTo(200);

            var added = send(nodeA.url(), "POST", "/api/users", token, "{\"username\":\"kari\","
                    + "\"password\":\"kari-password\",\"roles\":[\"operator\"]}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            String kari = TestSignIn.signIn(nodeB.url(), "kari", "kari-password");
            assertThat(send(nodeA.url(), "GET", "/api/users", kari, null).statusCode())
                    .as("B's token for a user added on A, on A (operator: not an admin)")
                    .isEqualTo(403);

            assertThat(send(nodeA.url(), "DELETE", "/api/sessions/current", token, null)
                    .statusCode()).isEqualTo(204);
            assertThat(usersStatus(nodeA.url(), token)).isEqualTo(401);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (usersStatus(nodeB.url(), token) != 401) {
                assertThat(System.nanoTime()).as("B refuses the signed-out token")
                        .isLessThan(deadline);
                Thread.sleep(100); // polling B's answer until its re-check; not synchronisation
            }
        }
    }

    private int usersStatus(URI node, String token) throws Exception {
        return send(node, "GET", "/api/users", token, null).statusCode();
    }

    private HttpResponse<String> send(URI node, String method, String path, String token,
                                      String body) throws Exception {
        var request = HttpRequest.newBuilder(node.resolve(path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
