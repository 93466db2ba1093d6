package tally.server.client;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tally.client.api.HttpTallyApi;
import tally.client.api.TallyApi;

/**
 * The whole Tally server in this JVM, on a data folder of its own; it can be restarted. At
 * its first start it gets its first user, {@link #USER}, with every role (docs/api.md,
 * {@code POST /api/setup}), so that the console and the tests' other client can sign in.
 */
final class RealServer implements AutoCloseable {
    static final String USER = "console-test";
    static final String PASSWORD = "console-test-password";

    private final Path data;
    private int port = -1;
    private boolean setUp;
    private EmbeddedServer server;

    RealServer() {
        try {
            data = Files.createTempDirectory("tally-console");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it: the first time on a free port, then on that same port and data again. */
    RealServer start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", port,
                "micronaut.server.host", "127.0.0.1",
                "tally.data", data.toString()));
        port = server.getPort();
        if (!setUp) {
            firstUser();
            setUp = true;
        }
        return this;
    }

    /** Another client, signed in as {@link #USER}: changes the console should see live. */
    TallyApi signedInClient() {
        var api = new HttpTallyApi(uri());
        api.signIn(USER, PASSWORD);
        return api;
    }

    private void firstUser() {
        var body = "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Console Test\"}";
        var request = HttpRequest.newBuilder(URI.create(uri() + "/api/setup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (var http = HttpClient.newHttpClient()) {
            var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("POST /api/setup answered " + answer.statusCode()
                        + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void stop() {
        ApplicationContext context = server.getApplicationContext();
        server.stop();
        if (context.isRunning()) {
            context.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
