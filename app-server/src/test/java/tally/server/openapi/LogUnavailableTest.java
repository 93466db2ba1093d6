package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;

/**
 * The 503 of the document: a log that cannot be written. Its own server, since the test closes
 * the log under it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogUnavailableTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-no-log");
    }

    @Test
    void a_command_the_log_cannot_take_is_a_503_problem_as_documented() {
        var http = new CheckedHttp(server.getURI());
        assertThat(http.post("/api/commands/register-product",
                "{\"sku\":\"U-1\",\"name\":\"Bolt\"}").status()).isEqualTo(200);
        store.close();

        var a = http.post("/api/commands/receive-stock",
                "{\"sku\":\"U-1\",\"location\":\"A\",\"quantity\":1}");

        assertThat(a.status()).isEqualTo(503);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        assertThat(a.body()).contains("https://tally.dev/problems/unavailable");
        assertThat(http.answered()).contains("receiveStock 503");
    }
}
