package tally.server.barcodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * Barcodes as aliases of a SKU over HTTP: assigned by a supervisor, looked up in any GTIN form,
 * refused in words that name the field, and the read model rebuilt to the same answer; every
 * exchange held to the OpenAPI document by {@link CheckedHttp}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarcodesHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EAN = "4006381333931";
    private static final String GTIN = "04006381333931";

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    CheckedHttp supervisor;
    CheckedHttp operator;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-barcodes");
    }

    @BeforeAll
    void users() {
        supervisor = new CheckedHttp(server.getURI());
        operator = supervisor.newOperator("olga", "olga-password");
        command("register-product", "{\"sku\":\"BC-1\",\"name\":\"Hex bolt\"}");
        command("register-product", "{\"sku\":\"BC-2\",\"name\":\"Nut\"}");
    }

    @Test
    void an_assigned_ean_13_is_found_by_itself_and_by_its_gtin_14_and_again_records_nothing() {
        var assigned = command("assign-barcode", "{\"sku\":\"BC-1\",\"barcode\":\"" + EAN
                + "\"}");
        long head = store.headPosition();
        var again = command("assign-barcode", "{\"sku\":\"BC-1\",\"barcode\":\"" + GTIN + "\"}");

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(json(again).get("version")).isEqualTo(json(assigned).get("version"));
        assertThat(store.headPosition()).as("nothing recorded the second time").isEqualTo(head);
        String waitFor = "?minPosition=" + json(assigned).get("position").asLong();
        for (String code : new String[] {EAN, GTIN}) {
            var found = json(operator.get("/api/barcodes/" + code + waitFor));
            assertThat(found.get("barcode").asText()).isEqualTo(GTIN);
            assertThat(found.get("sku").asText()).isEqualTo("BC-1");
            assertThat(found.get("name").asText()).isEqualTo("Hex bolt");
        }
        assertThat(operator.get("/api/barcodes" + waitFor + "&sku=BC-1").body())
                .contains("{\"barcode\":\"" + GTIN + "\",\"sku\":\"BC-1\",\"name\":\"Hex bolt\"}");
    }

    @Test
    void a_barcode_names_one_product_until_it_is_unassigned() {
        String code = "012345678905";
        command("assign-barcode", "{\"sku\":\"BC-1\",\"barcode\":\"" + code + "\"}");

        var taken = command("assign-barcode", "{\"sku\":\"BC-2\",\"barcode\":\"" + code + "\"}");
        var notHers = command("unassign-barcode", "{\"sku\":\"BC-2\",\"barcode\":\"" + code
                + "\"}");
        var gone = command("unassign-barcode", "{\"sku\":\"BC-1\",\"barcode\":\"" + code + "\"}");
        var moved = command("assign-barcode", "{\"sku\":\"BC-2\",\"barcode\":\"" + code + "\"}");

        assertRefused(taken, "barcode-taken", "already an alias of BC-1");
        assertRefused(notHers, "not-an-alias", "is not an alias of BC-2");
        assertThat(gone.status()).isEqualTo(200);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        var found = json(operator.get("/api/barcodes/" + code + "?minPosition="
                + json(moved).get("position").asLong()));
        assertThat(found.get("sku").asText()).isEqualTo("BC-2");
    }

    @Test
    void a_wrong_check_digit_is_refused_by_the_command_and_the_look_up_in_the_same_words() {
        long head = store.headPosition();

        var command = command("assign-barcode", "{\"sku\":\"BC-1\",\"barcode\":\"4006381333932\"}");
        var lookUp = operator.get("/api/barcodes/4006381333932");
        var unknown = command("assign-barcode", "{\"sku\":\"BC-404\",\"barcode\":\"" + EAN
                + "\"}");
        var missing = command("assign-barcode", "{\"sku\":\"BC-1\"}");

        String words = "barcode has check digit 2 where 400638133393 needs 1";
        assertRefused(command, "not-a-gtin", words);
        assertThat(json(command).get("errors").get(0).get("message").asText())
                .isEqualTo(json(lookUp).get("errors").get(0).get("message").asText())
                .startsWith("has check digit 2");
        assertRefused(lookUp, "not-a-gtin", words);
        assertThat(operator.get("/api/barcodes/40063813339").status()).as("11 digits")
                .isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(json(unknown).get("type").asText()).endsWith("/unknown-product");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("barcode");
        assertThat(operator.get("/api/barcodes/4000001000012").status()).isEqualTo(404);
        assertThat(store.headPosition()).as("no refusal stores anything").isEqualTo(head);
    }

    @Test
    void an_operator_may_look_barcodes_up_but_not_assign_them_and_nobody_unsigned_may_do_either() {
        long head = store.headPosition();
        var anonymous = CheckedHttp.anonymous(server.getURI());

        for (String name : new String[] {"assign-barcode", "unassign-barcode"}) {
            String body = "{\"sku\":\"BC-1\",\"barcode\":\"" + EAN + "\"}";
            var asOperator = operator.post("/api/commands/" + name, body);
            assertThat(asOperator.status()).isEqualTo(403);
            assertThat(json(asOperator).get("detail").asText()).contains(name, "supervisor");
            assertThat(anonymous.post("/api/commands/" + name, body).status()).isEqualTo(401);
        }
        assertThat(anonymous.get("/api/barcodes/" + EAN).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/barcodes").status()).isEqualTo(401);
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void the_read_model_rebuilt_from_the_log_gives_the_same_answers() {
        command("assign-barcode", "{\"sku\":\"BC-2\",\"barcode\":\"96385074\"}");
        command("rename-product", "{\"sku\":\"BC-2\",\"name\":\"Hex nut\"}");
        long head = store.headPosition();
        awaitCaughtUp(head);
        String before = supervisor.get("/api/barcodes").body();

        var rebuild = json(supervisor.post("/api/projections/barcodes/rebuild", ""));
        assertThat(rebuild.get("state").asText()).isEqualTo("REBUILDING");
        awaitCaughtUp(head);

        assertThat(supervisor.get("/api/barcodes").body()).isEqualTo(before)
                .contains("{\"barcode\":\"00000096385074\",\"sku\":\"BC-2\",\"name\":\"Hex nut\"}");
    }

    private void awaitCaughtUp(long head) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode status;
        do {
            status = null;
            for (JsonNode s : json(supervisor.get("/api/projections"))) {
                status = s.get("name").asText().equals("barcodes") ? s : status;
            }
        } while (!(status.get("state").asText().equals("RUNNING")
                && status.get("position").asLong() >= head) && System.nanoTime() < deadline);
        assertThat(status.get("position").asLong()).as(status.toString())
                .isGreaterThanOrEqualTo(head);
    }

    private static void assertRefused(CheckedHttp.Answer answer, String slug, String words) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(json(answer).get("type").asText()).endsWith("/" + slug);
        assertThat(json(answer).get("detail").asText()).contains(words);
        assertThat(json(answer).get("errors").get(0).get("field").asText()).isEqualTo("barcode");
    }

    private CheckedHttp.Answer command(String name, String body) {
        return supervisor.post("/api/commands/" + name, body);
    }

    private static JsonNode json(CheckedHttp.Answer a) {
        try {
            return JSON.readTree(a.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
