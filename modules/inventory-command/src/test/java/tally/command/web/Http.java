package tally.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain JDK client, so tests see the server's bytes as any client would. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer post(String command, String body) {
        return post(command, body, "application/json");
    }

    Answer post(String command, String body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve("/api/commands/" + command))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** As {@code user} signed in, through {@link TestSignIn}. */
    Answer postAs(String user, String command, String body) {
        return send(HttpRequest.newBuilder(base.resolve("/api/commands/" + command))
                .header("Content-Type", "application/json").header(TestSignIn.HEADER, user)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer send(HttpRequest.Builder builder) {
        var request = builder.build();
        try {
            var r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body().isEmpty() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
