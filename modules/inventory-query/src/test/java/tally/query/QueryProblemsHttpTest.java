package tally.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.query.testing.ServerTest;

/** The read side's refusals, whichever read model or the log is asked: one problem shape. */
@MicronautTest
class QueryProblemsHttpTest extends ServerTest {

    @BeforeAll
    void warehouse() {
        appendTwoProductsInTwoLocations();
    }

    @Test
    void an_unknown_product_or_location_is_a_not_found_problem() {
        for (String uri : List.of("/api/stock/NOPE", "/api/locations/NOWHERE")) {
            var e = failure(HttpRequest.GET(uri));
            assertThat(e.getStatus().getCode()).isEqualTo(404);
            assertThat(e.getResponse().getContentType().orElseThrow().toString())
                    .isEqualTo("application/problem+json");
            assertThat(e.getResponse().getBody(Map.class).orElseThrow())
                    .containsEntry("type", "https://tally.dev/problems/not-found")
                    .containsEntry("status", 404);
        }
    }

    @Test
    void parameters_out_of_range_are_invalid_request_problems() {
        for (String uri : List.of("/api/activity?limit=0", "/api/activity?limit=501",
                "/api/events?limit=1001", "/api/stock?waitMillis=30001",
                "/api/products?minPosition=-1", "/api/events?after=-1",
                "/api/stock?belowReorderPoint=maybe")) {
            var e = failure(HttpRequest.GET(uri));
            assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
            assertThat(e.getResponse().getBody(Map.class).orElseThrow()).as(uri)
                    .containsEntry("type", "https://tally.dev/problems/invalid-request")
                    .containsKey("errors");
        }
    }
}
