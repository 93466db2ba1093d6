package tally.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;

/**
 * A request whose head is too long is refused before any route sees it: said as a 431 naming
 * the part that was too long, never as a 413 about a body. Sent with the JDK client directly,
 * since no operation of the OpenAPI document can describe a request the server never routes.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversizeRequestHeadTest implements TestPropertyProvider {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-head").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void headers_over_the_limit_are_a_431_about_headers_and_store_nothing() throws Exception {
        long head = store.headPosition();
        var request = HttpRequest.newBuilder(
                        server.getURI().resolve("/api/commands/register-product"))
                .header("Content-Type", "application/json")
                .header("X-Runaway", "a".repeat(10_000))
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"H-1\",\"name\":\"Bolt\"}"))
                .build();
        JsonNode problem = problemOf(sendAllowingAReset(request));
        assertThat(problem.get("detail").asText()).contains("headers are larger");
        assertThat(store.headPosition()).isEqualTo(head);
    }

    /**
     * The server answers and closes while the client may still be writing what it refused; the
     * kernel then resets the connection and the answer can be lost on the client's side. That
     * is the transport, not the answer under test: tried again, a few times.
     */
    private static HttpResponse<String> sendAllowingAReset(HttpRequest request)
            throws Exception {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException reset) {
                last = reset;
            }
        }
        throw last;
    }

    @Test
    void a_request_line_over_the_limit_is_a_431_about_the_line() throws Exception {
        var request = HttpRequest.newBuilder(
                server.getURI().resolve("/api/stock/" + "S".repeat(6_000))).GET().build();
        JsonNode problem = problemOf(sendAllowingAReset(request));
        assertThat(problem.get("detail").asText()).contains("request line");
    }

    private static JsonNode problemOf(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).isEqualTo(431);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.get("type").asText())
                .isEqualTo("https://tally.dev/problems/request-header-fields-too-large");
        assertThat(body.get("status").asInt()).isEqualTo(431);
        assertThat(body.get("detail").asText()).doesNotContain("body").doesNotContain("Exception");
        return body;
    }
}
