package tally.server;

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
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.gateway.CommandGateway;
import tally.server.openapi.CheckedHttp;

/**
 * {@code /health/readiness} is a 503 naming a failed read model, and 200 again once it is
 * resumed; a paused one is named but leaves the server ready; liveness stays 200 throughout.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    CommandGateway gateway;

    private String data;

    @Override
    public Map<String, String> getProperties() {
        try {
            data = Files.createTempDirectory("tally-readiness").toString();
            return Map.of("tally.data", data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CheckedHttp.Answer anonymous(String path) {
        return CheckedHttp.anonymous(server.getURI()).get(path);
    }

    private void control(String name, String action) {
        var r = new CheckedHttp(server.getURI()).send("POST", "/api/projections/" + name + "/"
                + action, (String) null, new byte[0]);
        assertThat(r.status()).as(action + " " + name).isEqualTo(200);
    }

    private static JsonNode json(CheckedHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; !condition.getAsBoolean(); i++) {
            assertThat(i).as("waited 10 s").isLessThan(2000);
            Thread.sleep(5);
        }
    }

    private JsonNode readModels(CheckedHttp.Answer answer) {
        return json(answer).path("details").path("readModels").path("details");
    }

    @Test
    void a_failed_read_model_makes_the_server_unready_until_it_is_resumed() throws Exception {
        var ready = anonymous("/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(json(ready).path("details").fieldNames()).toIterable()
                .contains("readModels", "service").doesNotContain("diskSpace");
        // Open to anyone: it tells nothing of the machine, e.g. where the data is.
        assertThat(ready.body()).doesNotContain(data);

        control("stock", "break");
        gateway.issue("readiness-1", "supervisor",
                new RegisterProduct("SKU-R1", "Readiness probe", 0)).join();
        until(() -> anonymous("/health/readiness").status() == 503);

        var unready = anonymous("/health/readiness");
        assertThat(json(unready).path("status").asText()).isEqualTo("DOWN");
        assertThat(readModels(unready).path("failed").toString()).isEqualTo("[\"stock\"]");
        assertThat(unready.body()).doesNotContain("broken").doesNotContain("Exception");
        assertThat(anonymous("/health/liveness").status()).isEqualTo(200);
        // /health keeps its meaning, the server takes commands, and names the failed one.
        var health = anonymous("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(readModels(health).path("failed").toString()).isEqualTo("[\"stock\"]");

        control("stock", "resume");
        until(() -> anonymous("/health/readiness").status() == 200);
        assertThat(readModels(anonymous("/health/readiness")).path("failed").size()).isZero();
    }

    @Test
    void a_paused_read_model_is_named_but_the_server_stays_ready() {
        control("locations", "pause");
        try {
            var ready = anonymous("/health/readiness");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(readModels(ready).path("paused").toString()).contains("\"locations\"");
        } finally {
            control("locations", "resume");
        }
    }
}
