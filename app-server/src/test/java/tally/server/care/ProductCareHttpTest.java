package tally.server.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * Product care over HTTP: rename-product and change-reorder-point, what the stock then shows,
 * each refusal storing nothing, and who may; every exchange held to the OpenAPI document by
 * {@link CheckedHttp}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductCareHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    CheckedHttp supervisor;
    CheckedHttp operator;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-product-care");
    }

    @BeforeAll
    void users() {
        supervisor = new CheckedHttp(server.getURI());
        operator = supervisor.newOperator("olga", "olga-password");
        command("register-product", "{\"sku\":\"PC-1\",\"name\":\"Bolt\",\"reorderPoint\":5}");
        command("receive-stock", "{\"sku\":\"PC-1\",\"location\":\"A-1\",\"quantity\":8}");
    }

    @Test
    void a_renamed_product_shows_its_new_name_in_the_stock_and_the_activity() {
        var renamed = command("rename-product", "{\"sku\":\"PC-1\",\"name\":\" Hex bolt M8 \"}");

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).get("stream").asText()).isEqualTo("product-PC-1");
        var stock = json(supervisor.get("/api/stock/PC-1?minPosition="
                + json(renamed).get("position").asLong()));
        assertThat(stock.get("name").asText()).isEqualTo("Hex bolt M8");
        assertThat(stock.get("onHand").asLong()).isEqualTo(8);
        assertThat(supervisor.get("/api/activity?minPosition="
                + json(renamed).get("position").asLong()).body())
                .contains("Renamed PC-1 to \\\"Hex bolt M8\\\"");
    }

    @Test
    void a_higher_reorder_point_puts_the_product_below_it_and_the_same_one_again_records_nothing() {
        var changed = command("change-reorder-point", "{\"sku\":\"PC-1\",\"reorderPoint\":9}");
        long head = store.headPosition();
        var again = command("change-reorder-point", "{\"sku\":\"PC-1\",\"reorderPoint\":9}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again).get("version").asLong())
                .isEqualTo(json(changed).get("version").asLong());
        assertThat(store.headPosition()).as("nothing recorded the second time").isEqualTo(head);
        var stock = json(supervisor.get("/api/stock/PC-1?minPosition="
                + json(changed).get("position").asLong()));
        assertThat(stock.get("reorderPoint").asInt()).isEqualTo(9);
        assertThat(stock.get("belowReorderPoint").asBoolean()).isTrue();
    }

    @Test
    void a_products_file_that_says_what_the_product_is_now_imports_it_as_unchanged() {
        command("register-product", "{\"sku\":\"PC-CSV\",\"name\":\"Nut\"}");
        command("rename-product", "{\"sku\":\"PC-CSV\",\"name\":\"Hex nut\"}");
        command("change-reorder-point", "{\"sku\":\"PC-CSV\",\"reorderPoint\":7}");

        var now = importing("sku,name,reorderPoint\nPC-CSV,Hex nut,7\n");
        var before = importing("sku,name,reorderPoint\nPC-CSV,Nut,0\n");

        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(json(now).get("unchangedRows").asInt()).isEqualTo(1);
        assertThat(before.status()).isEqualTo(422);
        assertThat(json(before).get("errors").findValuesAsText("field"))
                .containsExactly("name", "reorderPoint");
        assertThat(before.body()).contains("registered as 'Hex nut'", "reorder point 7");
    }

    @Test
    void bad_fields_are_a_400_naming_them_and_an_unknown_product_a_422_and_nothing_is_stored() {
        long head = store.headPosition();

        var blank = command("rename-product", "{\"sku\":\"PC-1\",\"name\":\"  \"}");
        var negative = command("change-reorder-point", "{\"sku\":\"PC-1\",\"reorderPoint\":-1}");
        var missing = command("change-reorder-point", "{\"sku\":\"PC-1\"}");
        var unknown = command("rename-product", "{\"sku\":\"PC-404\",\"name\":\"Nut\"}");
        var unknownPoint = command("change-reorder-point",
                "{\"sku\":\"PC-404\",\"reorderPoint\":3}");

        assertField(blank, "name");
        assertField(negative, "reorderPoint");
        assertField(missing, "reorderPoint");
        for (var refused : new CheckedHttp.Answer[] {unknown, unknownPoint}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).get("type").asText()).endsWith("/unknown-product");
            assertThat(json(refused).get("detail").asText()).contains("PC-404");
        }
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void an_operator_may_not_care_for_products_and_nobody_unsigned_may() {
        long head = store.headPosition();
        var anonymous = CheckedHttp.anonymous(server.getURI());

        for (String[] c : new String[][] {
                {"rename-product", "{\"sku\":\"PC-1\",\"name\":\"Nut\"}"},
                {"change-reorder-point", "{\"sku\":\"PC-1\",\"reorderPoint\":1}"}}) {
            var asOperator = operator.post("/api/commands/" + c[0], c[1]);
            var unsigned = anonymous.post("/api/commands/" + c[0], c[1]);
            assertThat(asOperator.status()).isEqualTo(403);
            assertThat(json(asOperator).get("detail").asText()).contains(c[0], "supervisor");
            assertThat(unsigned.status()).isEqualTo(401);
        }
        assertThat(store.headPosition()).isEqualTo(head);
    }

    private CheckedHttp.Answer command(String name, String body) {
        return supervisor.post("/api/commands/" + name, body);
    }

    private CheckedHttp.Answer importing(String file) {
        return supervisor.send("POST", "/api/import/products", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertField(CheckedHttp.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(json(answer).get("errors").findValuesAsText("field")).containsExactly(field);
    }

    private static JsonNode json(CheckedHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }
}
