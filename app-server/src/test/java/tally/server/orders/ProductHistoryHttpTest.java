package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * "Why is this number so" over HTTP: a product's history with the figures after each event, for
 * a receive, a move, a reservation made by the allocation, a pick and a count. Here beside the
 * orders' tests because a reservation needs an order. Every exchange is checked against the
 * OpenAPI document.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductHistoryHttpTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    OrderDesk desk;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-product-history");
    }

    @BeforeAll
    void signIn() {
        desk = OrderDesk.signedIn(server.getURI());
    }

    /** Each item as "user: summary -> location quantity/reserved ...". */
    static List<String> lines(JsonNode history) {
        var lines = new ArrayList<String>();
        history.get("items").forEach(i -> {
            var text = new StringBuilder(i.get("user").asText()).append(": ")
                    .append(i.get("summary").asText()).append(" ->");
            i.get("locations").forEach(l -> text.append(' ').append(l.get("location").asText())
                    .append(' ').append(l.get("quantity")).append('/').append(l.get("reserved")));
            lines.add(text.toString());
        });
        return lines;
    }

    @Test
    void each_event_answers_with_the_quantities_per_location_after_it() {
        desk.product("HIST-1", "A-01-1", 10);
        desk.ok("move-stock", "{\"sku\":\"HIST-1\",\"from\":\"A-01-1\",\"to\":\"B-02-1\","
                + "\"quantity\":3}");
        desk.place("SO-HIST-1", "HIST-1", 2);
        desk.awaitStatus("SO-HIST-1", "ALLOCATED");
        desk.ok("pick-stock", "{\"sku\":\"HIST-1\",\"location\":\"B-02-1\",\"quantity\":3}");
        desk.ok("adjust-stock", "{\"sku\":\"HIST-1\",\"location\":\"A-01-1\","
                + "\"countedQuantity\":6,\"reason\":\"torn box\"}");
        long head = desk.settled();

        JsonNode history = desk.get("/api/stock/HIST-1/history?minPosition=" + head);

        assertThat(history.get("sku").asText()).isEqualTo("HIST-1");
        assertThat(history.get("position").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(history.get("earlier").asInt()).isZero();
        assertThat(lines(history)).containsExactly(
                "tester: registered as \"Test HIST-1\", reorder point 0 ->",
                "tester: received 10 at A-01-1 -> A-01-1 10/0",
                "tester: moved 3 from A-01-1 to B-02-1 -> A-01-1 7/0 B-02-1 3/0",
                "system:allocation: reserved 2 at A-01-1 for order SO-HIST-1 -> A-01-1 7/2"
                        + " B-02-1 3/0",
                "tester: picked 3 at B-02-1 -> A-01-1 7/2",
                "tester: counted 6 at A-01-1 (was 7, -1): torn box -> A-01-1 6/2");
        JsonNode first = history.get("items").get(0);
        assertThat(first.get("type").asText()).isEqualTo("ProductRegistered");
        assertThat(first.get("occurredAt").asText()).endsWith("Z");
    }

    @Test
    void a_location_keeps_the_events_that_touched_it_with_the_running_figures() {
        desk.product("HIST-2", "A-01-1", 5, "C-03-1", 4);
        desk.ok("move-stock", "{\"sku\":\"HIST-2\",\"from\":\"A-01-1\",\"to\":\"B-02-1\","
                + "\"quantity\":1}");
        desk.ok("pick-stock", "{\"sku\":\"HIST-2\",\"location\":\"C-03-1\",\"quantity\":4}");

        JsonNode history = desk.get("/api/stock/HIST-2/history?location=B-02-1");

        assertThat(lines(history)).containsExactly(
                "tester: moved 1 from A-01-1 to B-02-1 -> A-01-1 4/0 B-02-1 1/0 C-03-1 4/0");
    }

    @Test
    void a_limit_answers_the_newest_events_and_says_how_many_are_left_out() {
        desk.product("HIST-3", "A-01-1", 1, "A-01-1", 2, "A-01-1", 3);

        JsonNode history = desk.get("/api/stock/HIST-3/history?limit=2");

        assertThat(history.get("earlier").asInt()).isEqualTo(2);
        assertThat(lines(history)).containsExactly("tester: received 2 at A-01-1 -> A-01-1 3/0",
                "tester: received 3 at A-01-1 -> A-01-1 6/0");
    }

    @Test
    void an_unknown_sku_is_a_404_and_a_bad_limit_a_400_naming_it() {
        var unknown = desk.http.get("/api/stock/NO-SUCH-SKU/history");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).contains("NO-SUCH-SKU");

        desk.product("HIST-4");
        var badLimit = desk.http.get("/api/stock/HIST-4/history?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
    }

    @Test
    void nobody_signed_in_is_a_401() {
        var answer = CheckedHttp.anonymous(server.getURI()).get("/api/stock/HIST-1/history");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
}
