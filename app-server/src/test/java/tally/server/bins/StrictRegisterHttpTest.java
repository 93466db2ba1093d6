package tally.server.bins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * The register of bins over HTTP on a strict site ({@code tally.locations: strict}): each
 * command, each refusal, who may, and stock refused where no bin is defined; every exchange held
 * to the OpenAPI document by {@link CheckedHttp}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictRegisterHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    CheckedHttp supervisor;
    CheckedHttp operator;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(OwnServer.properties("tally-strict-bins"));
        properties.put("tally.locations", "strict");
        return properties;
    }

    @BeforeAll
    void users() {
        supervisor = new CheckedHttp(server.getURI());
        operator = supervisor.newOperator("olga", "olga-password");
        supervisor.post("/api/commands/register-product", "{\"sku\":\"SB-1\",\"name\":\"Bolt\"}");
    }

    @Test
    void a_bin_defined_is_used_at_once_and_a_receive_to_another_is_refused_naming_it() {
        var defined = command("define-location", "{\"location\":\"S-1\",\"name\":\"Shelf\","
                + "\"zone\":\"North\",\"capacity\":100}");
        var received = command("receive-stock", "{\"sku\":\"SB-1\",\"location\":\"S-1\","
                + "\"quantity\":5}");
        var mistyped = command("receive-stock", "{\"sku\":\"SB-1\",\"location\":\"s-1\","
                + "\"quantity\":5}");
        var unknown = command("receive-stock", "{\"sku\":\"SB-1\",\"location\":\"S-404\","
                + "\"quantity\":5}");

        assertThat(defined.status()).isEqualTo(200);
        assertThat(json(defined).get("stream").asText()).isEqualTo("location-S-1");
        assertThat(received.status()).isEqualTo(200);
        assertRefused(mistyped, "location-not-in-register",
                "bin s-1 is not in the register; did you mean S-1?");
        assertRefused(unknown, "location-not-in-register", "bin S-404 is not in the register");
        var bin = json(supervisor.get("/api/bins/S-1?minPosition="
                + json(defined).get("position").asLong()));
        assertThat(bin.get("name").asText()).isEqualTo("Shelf");
        assertThat(bin.get("capacity").asInt()).isEqualTo(100);
    }

    @Test
    void a_move_count_or_order_pick_to_a_bin_not_in_use_is_refused_and_nothing_is_stored() {
        command("define-location", "{\"location\":\"M-1\"}");
        command("receive-stock", "{\"sku\":\"SB-1\",\"location\":\"M-1\",\"quantity\":5}");
        long head = store.headPosition();

        assertRefused(command("move-stock", "{\"sku\":\"SB-1\",\"from\":\"M-1\",\"to\":\"M-2\","
                + "\"quantity\":1}"), "location-not-in-register", "bin M-2 is not in the register");
        assertRefused(command("adjust-stock", "{\"sku\":\"SB-1\",\"location\":\"M-3\","
                + "\"countedQuantity\":1,\"reason\":\"count\"}"), "location-not-in-register",
                "bin M-3 is not in the register");
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void changes_a_bin_and_retires_it_only_once_it_is_empty_then_refuses_stock_there() {
        command("define-location", "{\"location\":\"R-1\",\"name\":\"Old\"}");
        command("receive-stock", "{\"sku\":\"SB-1\",\"location\":\"R-1\",\"quantity\":2}");

        assertThat(command("change-location", "{\"location\":\"R-1\",\"name\":\"New\"}")
                .status()).isEqualTo(200);
        assertRefused(command("retire-location", "{\"location\":\"R-1\"}"), "location-not-empty",
                "bin R-1 still holds 2 units: move or count them out before retiring it");
        assertThat(command("pick-stock", "{\"sku\":\"SB-1\",\"location\":\"R-1\","
                + "\"quantity\":2}").status()).isEqualTo(200);
        assertThat(command("retire-location", "{\"location\":\"R-1\"}").status()).isEqualTo(200);
        assertRefused(command("receive-stock", "{\"sku\":\"SB-1\",\"location\":\"R-1\","
                + "\"quantity\":1}"), "location-not-in-register", "bin R-1 is retired");
        assertRefused(command("retire-location", "{\"location\":\"R-1\"}"), "unknown-location",
                "bin R-1 is retired");
    }

    @Test
    void refuses_a_code_defined_twice_and_a_change_of_a_bin_never_defined() {
        command("define-location", "{\"location\":\"D-1\"}");

        assertRefused(command("define-location", "{\"location\":\"D-1\"}"),
                "location-already-defined", "bin D-1 is already in the register");
        assertRefused(command("change-location", "{\"location\":\"D-404\",\"name\":\"x\"}"),
                "unknown-location", "bin D-404 is not in the register");
    }

    @Test
    void a_bad_field_is_a_400_that_names_it() {
        var answer = command("define-location", "{\"location\":\"bad code\",\"capacity\":0,"
                + "\"name\":\" \",\"colour\":\"red\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("location", "capacity", "name", "colour");
    }

    @Test
    void an_operator_may_not_define_a_bin_and_nobody_unsigned_may() {
        long head = store.headPosition();

        var asOperator = operator.post("/api/commands/define-location", "{\"location\":\"O-1\"}");
        var unsigned = CheckedHttp.anonymous(server.getURI())
                .post("/api/commands/define-location", "{\"location\":\"O-1\"}");

        assertThat(asOperator.status()).isEqualTo(403);
        assertThat(json(asOperator).get("detail").asText()).contains("supervisor");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(store.headPosition()).isEqualTo(head);
    }

    private CheckedHttp.Answer command(String name, String body) {
        return supervisor.post("/api/commands/" + name, body);
    }

    private static void assertRefused(CheckedHttp.Answer answer, String slug, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(json(answer).get("type").asText()).endsWith("/" + slug);
        assertThat(json(answer).get("detail").asText()).isEqualTo(detail);
    }

    static JsonNode json(CheckedHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }
}
