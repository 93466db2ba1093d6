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
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;

/**
 * Every status of docs/api.md, "Commands", from the real server: its own answers and the
 * framework's.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandStatusesTest implements TestPropertyProvider {
    static final ObjectMapper JSON = new ObjectMapper();
    CheckedHttp http;

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-statuses").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(int status, String contentType, JsonNode body) {
    }

    /** Sent through {@link CheckedHttp}: each exchange must also keep the OpenAPI document. */
    Answer send(String method, String path, String contentType, byte[] body) {
        var r = http().send(method, path, contentType, body);
        try {
            return new Answer(r.status(), r.contentType(),
                    r.body().isEmpty() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CheckedHttp http() {
        if (http == null) {
            http = new CheckedHttp(server.getURI());
        }
        return http;
    }

    Answer post(String command, String body) {
        return send("POST", "/api/commands/" + command, "application/json", body.getBytes());
    }

    /** A problem+json answer of this status and slug, and nothing stored. */
    Answer problem(int status, String slug, java.util.function.Supplier<Answer> call) {
        long head = store.headPosition();
        Answer a = call.get();
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        assertThat(a.body().get("type").asText()).isEqualTo("https://tally.dev/problems/" + slug);
        assertThat(a.body().get("status").asInt()).isEqualTo(status);
        assertThat(a.body().get("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(store.headPosition()).as("nothing stored").isEqualTo(head);
        return a;
    }

    @Test
    void answers_200_with_the_command_id_stream_version_and_position() {
        var a = post("register-product", "{\"sku\":\"ST-1\",\"name\":\"Bolt\",\"commandId\":\"st-1\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(JSON.convertValue(a.body(), Map.class)).isEqualTo(Map.of("commandId", "st-1",
                "stream", "product-ST-1", "version", 1, "position", (int) store.headPosition()));
    }

    @Test
    void answers_400_naming_each_bad_field() {
        var a = problem(400, "invalid-request", () -> post("move-stock",
                "{\"sku\":\"ST 2\",\"from\":\"A\",\"to\":7,\"quantity\":0.5,\"qty\":1}"));
        assertThat(a.body().get("errors").findValuesAsText("field"))
                .containsExactly("sku", "to", "quantity", "qty");
        var emptyName = problem(400, "invalid-request", () -> post("receive-stock",
                "{\"sku\":\"ST-2\",\"location\":\"A\",\"quantity\":1,\"\":1}"));
        assertThat(emptyName.body().get("errors").findValuesAsText("field")).containsExactly("");
        assertThat(emptyName.body().get("detail").asText()).startsWith("a field with an empty");
        problem(400, "invalid-request", () -> post("move-stock", "{\"sku\""));
        problem(400, "invalid-request", () -> post("move-stock", ""));
    }

    @Test
    void answers_404_for_an_unknown_command() {
        problem(404, "unknown-command", () -> post("sell-stock", "{}"));
    }

    @Test
    void answers_409_for_a_stale_version_and_for_a_reused_command_id() {
        post("register-product", "{\"sku\":\"ST-4\",\"name\":\"Bolt\",\"commandId\":\"st-4\"}");
        var stale = problem(409, "version-conflict", () -> post("receive-stock",
                "{\"sku\":\"ST-4\",\"location\":\"A\",\"quantity\":1,\"expectedVersion\":0}"));
        assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(1);
        problem(409, "idempotency-key-reused", () -> post("register-product",
                "{\"sku\":\"ST-4\",\"name\":\"Nut\",\"commandId\":\"st-4\"}"));
    }

    @Test
    void answers_413_for_a_body_over_64_kib() {
        String big = "{\"sku\":\"ST-5\",\"name\":\"" + "x".repeat(70_000) + "\"}";
        problem(413, "request-entity-too-large", () -> post("register-product", big));
        String justUnder = "{\"sku\":\"ST-5\",\"name\":\"" + "x".repeat(65_000) + "\"}";
        problem(400, "invalid-request", () -> post("register-product", justUnder));
    }

    @Test
    void answers_415_for_anything_but_json() {
        byte[] body = "{\"sku\":\"ST-6\",\"name\":\"Bolt\"}".getBytes();
        problem(415, "unsupported-media-type",
                () -> send("POST", "/api/commands/register-product", "text/plain", body));
        problem(415, "unsupported-media-type",
                () -> send("POST", "/api/commands/register-product", "application/xml", body));
        problem(415, "unsupported-media-type",
                () -> send("POST", "/api/commands/register-product", null, body));
        assertThat(send("POST", "/api/commands/register-product",
                "application/json; charset=UTF-8", body).status()).isEqualTo(200);
    }

    @Test
    void answers_422_when_the_warehouse_refuses() {
        problem(422, "unknown-product", () -> post("pick-stock",
                "{\"sku\":\"ST-7\",\"location\":\"A\",\"quantity\":1}"));
        post("register-product", "{\"sku\":\"ST-7\",\"name\":\"Bolt\"}");
        problem(422, "product-already-registered",
                () -> post("register-product", "{\"sku\":\"ST-7\",\"name\":\"Bolt\"}"));
        problem(422, "insufficient-stock", () -> post("pick-stock",
                "{\"sku\":\"ST-7\",\"location\":\"A\",\"quantity\":1}"));
        problem(422, "same-location", () -> post("move-stock",
                "{\"sku\":\"ST-7\",\"from\":\"A\",\"to\":\"A\",\"quantity\":1}"));
    }

    @Test
    void answers_a_wrong_method_or_path_as_a_problem_too() {
        problem(405, "method-not-allowed",
                () -> send("GET", "/api/commands/pick-stock", null, new byte[0]));
        problem(404, "not-found", () -> send("POST", "/api/commands/pick-stock/extra",
                "application/json", "{}".getBytes()));
    }
}
