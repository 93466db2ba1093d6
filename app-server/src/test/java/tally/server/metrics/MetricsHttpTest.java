package tally.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.metrics.PrometheusText.Sample;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * {@code GET /metrics} as a Prometheus server elsewhere on the network reads it: this machine
 * is not trusted here ({@code tally.metrics.loopback} false), so only the token opens it. Commands
 * of each outcome are counted by command, a paused read model shows its state and a growing lag,
 * a failed one its state and the readiness 503, and every scrape parses as the text format.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsHttpTest implements TestPropertyProvider {
    private static final String TOKEN = "scrape-token-for-tests";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(OwnServer.properties("tally-metrics"));
        properties.put("tally.metrics.token", TOKEN);
        properties.put("tally.metrics.loopback", "false");
        return properties;
    }

    private List<Sample> scrape() {
        var answer = CheckedHttp.anonymous(server.getURI()).send("GET", "/metrics",
                Map.of("Authorization", "Bearer " + TOKEN), new byte[0]);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain; version=0.0.4");
        return PrometheusText.parse(answer.body());
    }

    private double commands(String command, String outcome) {
        return PrometheusText.value(scrape(), "tally_commands_total",
                "{command=\"" + command + "\",outcome=\"" + outcome + "\"}");
    }

    private double follower(String meter, String name, String state) {
        return PrometheusText.value(scrape(), meter, state == null ? "{name=\"" + name + "\"}"
                : "{name=\"" + name + "\",state=\"" + state + "\"}");
    }

    private static void until(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; !condition.getAsBoolean(); i++) {
            assertThat(i).as("waited 20 s for " + what).isLessThan(1000);
            Thread.sleep(20);
        }
    }

    @Test
    void counts_each_command_by_what_came_of_it() {
        var http = new CheckedHttp(server.getURI());
        String[][] counted = {{"register-product", "accepted"}, {"register-product", "rejected"},
            {"receive-stock", "accepted"}, {"receive-stock", "conflict"},
            {"receive-stock", "invalid"}, {"unknown", "invalid"}, {"pick-stock", "accepted"}};
        var before = new double[counted.length];
        for (int i = 0; i < counted.length; i++) {
            before[i] = commands(counted[i][0], counted[i][1]);
        }
        assertThat(http.post("/api/commands/register-product",
                "{\"sku\":\"M-1\",\"name\":\"Bolt\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/commands/register-product",
                "{\"sku\":\"M-1\",\"name\":\"Bolt\"}").status()).isEqualTo(422);
        assertThat(http.post("/api/commands/receive-stock", "{\"sku\":\"M-1\",\"location\":"
                + "\"A-01\",\"quantity\":5}").status()).isEqualTo(200);
        assertThat(http.post("/api/commands/receive-stock", "{\"sku\":\"M-1\",\"location\":"
                + "\"A-01\",\"quantity\":5,\"expectedVersion\":0}").status()).isEqualTo(409);
        assertThat(http.post("/api/commands/receive-stock", "{\"sku\":\"M-1\",\"location\":"
                + "\"A-01\",\"quantity\":-5}").status()).isEqualTo(400);
        assertThat(http.post("/api/commands/no-such-command", "{}").status()).isEqualTo(404);

        double[] expected = {1, 1, 1, 1, 1, 1, 0};
        for (int i = 0; i < counted.length; i++) {
            assertThat(commands(counted[i][0], counted[i][1]) - before[i])
                    .as(counted[i][0] + " " + counted[i][1]).isEqualTo(expected[i]);
        }
        var samples = scrape();
        assertThat(samples).as("the command's name as typed is no label")
                .noneMatch(s -> s.labels().contains("no-such-command"));
        assertThat(PrometheusText.value(samples, "tally_append_latency_seconds_count", ""))
                .isGreaterThanOrEqualTo(2);
        assertThat(PrometheusText.value(samples, "tally_log_writable", "")).isEqualTo(1);
    }

    @Test
    void a_paused_read_model_shows_its_state_and_a_lag_that_grows() throws Exception {
        var http = new CheckedHttp(server.getURI());
        assertThat(http.post("/api/commands/register-product",
                "{\"sku\":\"M-LAG\",\"name\":\"Nut\"}").status()).isEqualTo(200);
        // a scrape just before the pause: a scrape's statuses once came from a cache of 200 ms,
        // and the one right after the pause showed it RUNNING still
        assertThat(follower("tally_projection_state", "locations", "running")).isEqualTo(1);
        control(http, "locations", "pause");
        try {
            assertThat(follower("tally_projection_state", "locations", "paused")).isEqualTo(1);
            assertThat(follower("tally_projection_state", "locations", "running")).isZero();
            assertThat(follower("tally_projection_state", "stock", "running")).isEqualTo(1);
            for (int i = 1; i <= 2; i++) {
                assertThat(http.post("/api/commands/receive-stock", "{\"sku\":\"M-LAG\","
                        + "\"location\":\"L-0" + i + "\",\"quantity\":1}").status())
                        .isEqualTo(200);
                int events = i;
                until("a lag of " + i, () -> follower("tally_projection_lag_events",
                        "locations", null) >= events);
            }
            until("a lag in time", () -> follower("tally_projection_lag_seconds", "locations",
                    null) > 0);
            assertThat(follower("tally_projection_position", "locations", null))
                    .isLessThan(follower("tally_projection_position", "stock", null));
        } finally {
            control(http, "locations", "resume");
        }
        until("no lag", () -> follower("tally_projection_lag_events", "locations", null) == 0);
    }

    @Test
    void a_failed_read_model_makes_the_server_unready_until_it_is_rebuilt() throws Exception {
        var http = new CheckedHttp(server.getURI());
        control(http, "activity", "break");
        assertThat(http.post("/api/commands/register-product",
                "{\"sku\":\"M-BREAK\",\"name\":\"Washer\"}").status()).isEqualTo(200);
        until("activity failed", () -> follower("tally_projection_state", "activity", "failed")
                == 1);
        var unready = CheckedHttp.anonymous(server.getURI()).get("/health/readiness");
        assertThat(unready.status()).isEqualTo(503);
        assertThat(unready.body()).contains("\"failed\":[\"activity\"]");

        control(http, "activity", "rebuild");
        until("ready again", () -> CheckedHttp.anonymous(server.getURI())
                .get("/health/readiness").status() == 200);
        until("activity running", () -> follower("tally_projection_state", "activity",
                "running") == 1);
        assertThat(follower("tally_projection_state", "activity", "failed")).isZero();
    }

    @Test
    void the_scrape_names_the_streams_the_sign_ins_refused_and_the_jvm() {
        var http = CheckedHttp.anonymous(server.getURI());
        assertThat(http.post("/api/sessions", "{\"username\":\"nobody\",\"password\":"
                + "\"wrong-password\"}").status()).isEqualTo(401);
        var samples = scrape();
        assertThat(PrometheusText.value(samples, "tally_signins_refused_total",
                "{reason=\"bad-credentials\"}")).isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.value(samples, "tally_stream_clients",
                "{stream=\"/api/stream\"}")).isZero();
        assertThat(PrometheusText.value(samples, "tally_stream_clients",
                "{stream=\"/api/events/stream\"}")).isZero();
        assertThat(samples).extracting(Sample::name).contains("jvm_memory_used_bytes",
                "jvm_gc_pause_seconds_count", "jvm_threads_live_threads",
                "process_cpu_usage", "process_uptime_seconds", "tally_append_latency_seconds_bucket");
    }

    @Test
    void without_the_token_a_scrape_is_a_401_problem() {
        for (String authorization : new String[] {null, "Bearer not-the-token", TOKEN}) {
            var http = authorization == null ? CheckedHttp.anonymous(server.getURI())
                    : CheckedHttp.authorized(server.getURI(), authorization);
            var refused = http.get("/metrics");
            assertThat(refused.status()).as(authorization).isEqualTo(401);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.body()).contains("https://tally.dev/problems/metrics-token-needed")
                    .doesNotContain("tally_");
        }
    }

    private static void control(CheckedHttp http, String name, String action) {
        var r = http.send("POST", "/api/projections/" + name + "/" + action, (String) null,
                new byte[0]);
        assertThat(r.status()).as(action + " " + name + ": " + r.body()).isEqualTo(200);
    }
}
