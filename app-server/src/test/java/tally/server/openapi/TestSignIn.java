package tally.server.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * How the server's tests sign in: the test server's first user ({@code tester}, every role) is
 * set up from loopback if there is none yet, then signed in. Each call is a new session.
 */
public final class TestSignIn {
    public static final String USERNAME = "tester";
    public static final String PASSWORD = "tester-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestSignIn() {
    }

    /** {@code Bearer <token>} of the test user on the server at {@code server}. */
    public static String bearer(URI server) {
        return "Bearer " + token(server);
    }

    public static String token(URI server) {
        post(server, "/api/setup", USERNAME, PASSWORD); // 403 once a user exists: fine
        return signIn(server, USERNAME, PASSWORD);
    }

    /** A new session of that user; fails the test unless it signs in. */
    public static String signIn(URI server, String username, String password) {
        var answer = post(server, "/api/sessions", username, password);
        if (answer.statusCode() != 200) {
            throw new AssertionError("signing in as " + username + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        try {
            return JSON.readTree(answer.body()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> post(URI server, String path, String username,
                                             String password) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        try {
            return HTTP.send(HttpRequest.newBuilder(server.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
