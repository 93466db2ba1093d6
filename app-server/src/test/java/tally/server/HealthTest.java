package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-health").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void health_answers_up() {
        var body = client.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        assertThat(body).containsEntry("status", "UP");
    }

    /** The checks kept for a second (deadlocks, the database) still answer, under their names. */
    @Test
    @SuppressWarnings("unchecked")
    void every_check_answers_under_its_name_call_after_call() {
        for (int call = 0; call < 3; call++) {
            var all = client.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
            var live = client.toBlocking().retrieve(HttpRequest.GET("/health/liveness"),
                    Map.class);
            assertThat(all).containsEntry("status", "UP");
            assertThat((Map<String, Object>) all.get("details")).containsKeys("deadlockedThreads",
                    "process", "jdbc", "readModels", "service", "gracefulShutdown");
            assertThat((Map<String, Object>) live.get("details"))
                    .containsOnlyKeys("deadlockedThreads", "process");
            assertThat(((Map<String, Object>) ((Map<String, Object>) live.get("details"))
                    .get("deadlockedThreads")).get("status")).isEqualTo("UP");
        }
    }

    @Test
    void a_query_parameter_that_is_not_a_number_is_an_invalid_request_naming_it() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/activity?limit=abc"),
                        String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                .contains("invalid-request", "\"field\":\"limit\"", "must be a whole number")
                .doesNotContain("Failed to convert");
    }

    @Test
    void an_unknown_route_is_a_problem_not_a_stack_trace() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/no/such/thing"), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                .contains("\"status\":404").doesNotContain("Exception");
    }
}
