package tally.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * A log that cannot be written makes the server unready, naming the log, while {@code /health}
 * stays UP (the process is alive) and the scrape says so. Its own server: the test closes the
 * log under it, as LogUnavailableTest does.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogReadinessHttpTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-log-readiness");
    }

    @Test
    void a_log_that_cannot_be_written_makes_readiness_a_503_naming_it() {
        var http = new CheckedHttp(server.getURI());
        var anyone = CheckedHttp.anonymous(server.getURI());
        assertThat(http.post("/api/commands/register-product",
                "{\"sku\":\"W-1\",\"name\":\"Bolt\"}").status()).isEqualTo(200);
        assertThat(anyone.get("/health/readiness").status()).isEqualTo(200);
        store.close();

        assertThat(http.post("/api/commands/receive-stock",
                "{\"sku\":\"W-1\",\"location\":\"A\",\"quantity\":1}").status()).isEqualTo(503);

        var unready = anyone.get("/health/readiness");
        assertThat(unready.status()).isEqualTo(503);
        assertThat(unready.body()).contains("\"eventLog\"").contains("\"status\":\"DOWN\"")
                .contains("the last append was not taken: EventStoreException")
                .doesNotContain("closed");
        var health = anyone.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("EventStoreException");
        var samples = PrometheusText.parse(anyone.get("/metrics").body());
        assertThat(PrometheusText.value(samples, "tally_log_writable", "")).isZero();
        assertThat(PrometheusText.value(samples, "tally_commands_total",
                "{command=\"receive-stock\",outcome=\"unavailable\"}")).isEqualTo(1);
    }
}
