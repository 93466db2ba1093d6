package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.openapi.DocumentedOperationsTest.PROBLEMS;
import static tally.server.openapi.DocumentedOperationsTest.json;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;

/**
 * The refusals of the queries and the trainer's controls on the real server, each a problem
 * the document predicts ({@link CheckedHttp#faultsOf}): the document must refuse what the
 * server refuses as bad input, so a client built from it never sends it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedRefusalsTest implements TestPropertyProvider {
    @Inject
    EventStore store;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-refusals");
    }

    @Test
    void a_query_parameter_that_is_out_of_range_or_no_number_is_a_400_the_document_predicts() {
        var http = new CheckedHttp(server.getURI());
        for (String query : new String[] {"/api/activity?limit=0", "/api/activity?limit=abc",
                "/api/events?after=-1", "/api/events?limit=1001", "/api/events/stream?after=-1", "/api/products?waitMillis=30001",
                "/api/stock?minPosition=-1", "/api/locations?minPosition=x",
                "/api/orders?status=LOST", "/api/orders?limit=1001",
                "/api/stock/TOUR-1/history?limit=1001", "/api/labels/bins.pdf?code=ean13",
                "/api/labels/products.pdf?minPosition=-1"}) {
            var a = http.get(query);
            assertThat(a.status()).as(query).isEqualTo(400);
            assertThat(json(a).get("type").asText()).isEqualTo(PROBLEMS + "invalid-request");
            assertThat(http.faultsOf("GET", query, null, new byte[0])).as(query).isNotEmpty();
        }
    }

    @Test
    void following_the_log_from_beyond_its_head_or_from_no_position_is_refused() {
        var http = new CheckedHttp(server.getURI());
        var ahead = http.get("/api/events/stream?after=" + (store.headPosition() + 100));
        assertThat(ahead.status()).isEqualTo(422);
        assertThat(json(ahead).get("type").asText()).isEqualTo(PROBLEMS + "ahead-of-log");
        var noPosition = http.stream("/api/events/stream", Map.of("Last-Event-ID", "seven"),
                text -> true, java.time.Duration.ofSeconds(5));
        assertThat(noPosition.status()).isEqualTo(400);
        assertThat(noPosition.body()).contains("Last-Event-ID");
    }

    @Test
    void an_unknown_product_location_or_read_model_is_a_404_problem() {
        var http = new CheckedHttp(server.getURI());
        for (String path : new String[] {"/api/stock/NO-SUCH", "/api/locations/NOWHERE",
                "/api/orders/NO-SUCH", "/api/orders/NO-SUCH/pick-list",
                "/api/stock/NO-SUCH/history", "/api/orders/NO-SUCH/pick-list.pdf",
                "/api/labels/bins.pdf?location=NOWHERE", "/api/labels/products.pdf?sku=NO-SUCH"}) {
            var a = http.get(path);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(json(a).get("type").asText()).isEqualTo(PROBLEMS + "not-found");
        }
        assertThat(http.post("/api/projections/invoices/pause", "").status()).isEqualTo(404);
        assertThat(http.faultsOf("POST", "/api/projections/invoices/pause", null, new byte[0]))
                .as("the document names the read models").isNotEmpty();
    }

    @Test
    void a_delay_out_of_range_or_not_json_is_refused_as_documented() {
        var http = new CheckedHttp(server.getURI());
        String delay = "/api/projections/stock/delay";
        String[][] refused = {
            {"{\"delayMillis\":60001}", "application/json", "400", "invalid-request"},
            {"{\"delayMillis\":1,\"x\":1}", "application/json", "400", "invalid-request"},
            {"{\"delayMillis\":", "application/json", "400", "bad-request"},
            {"{\"delayMillis\":1}", "text/plain", "415", "unsupported-media-type"},
            {"{\"delayMillis\":1" + " ".repeat(70_000) + "}", "application/json", "413",
                "request-entity-too-large"}};
        for (String[] r : refused) {
            byte[] body = r[0].getBytes(StandardCharsets.UTF_8);
            var a = http.send("PUT", delay, r[1], body);
            assertThat(a.status()).as(r[3]).isEqualTo(Integer.parseInt(r[2]));
            assertThat(json(a).get("type").asText()).isEqualTo(PROBLEMS + r[3]);
            if (a.status() != 413) { // a size limit is beyond what OpenAPI can say of a body
                assertThat(http.faultsOf("PUT", delay, r[1], body)).as(r[3]).isNotEmpty();
            }
        }
    }

    @Test
    void a_method_the_document_does_not_name_is_a_405_problem() {
        var http = new CheckedHttp(server.getURI());
        var a = http.send("DELETE", "/api/projections", (String) null, new byte[0]);
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
    }
}
