package tally.server.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * {@code POST /api/import/products}: a preview that stores nothing, an import of good rows, a
 * re-run that issues nothing, a file with bad rows named by line that stores nothing, and the
 * refusals of a caller or a body that may not. Each test has SKUs of its own.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvImportHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    CheckedHttp supervisor;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-csv-import");
    }

    @BeforeAll
    void signIn() {
        supervisor = new CheckedHttp(server.getURI());
    }

    private CheckedHttp.Answer post(CheckedHttp as, String query, String file) {
        return as.send("POST", "/api/import/products" + query, "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(CheckedHttp.Answer answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    private List<String> productSkus(String prefix) throws IOException {
        var items = json(supervisor.get("/api/products?minPosition=" + store.headPosition()
                + "&waitMillis=30000")).get("items");
        return items.findValuesAsText("sku").stream().filter(s -> s.startsWith(prefix)).toList();
    }

    @Test
    void a_dry_run_lists_every_row_and_stores_nothing() throws IOException {
        long head = store.headPosition();
        var answer = post(supervisor, "?dryRun=true",
                "sku,name,reorderPoint\r\nDRY-1,\"Washer, M8\",5\r\nDRY-2,Nut,\r\n");
        assertThat(answer.status()).isEqualTo(200);
        var report = json(answer);
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("ready").asBoolean()).isTrue();
        assertThat(report.get("stored").asBoolean()).isFalse();
        assertThat(report.get("newRows").asInt()).isEqualTo(2);
        assertThat(report.get("rows").findValuesAsText("action")).containsExactly("new", "new");
        assertThat(report.get("rows").findValuesAsText("line")).containsExactly("2", "3");
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void good_rows_are_registered_and_the_same_file_again_issues_nothing() throws IOException {
        String file = "name,SKU,reorderPoint\nBolt \"big\",GOOD-1,20\nWasher,GOOD-2,0\n";
        var first = json(post(supervisor, "", file));
        assertThat(first.get("stored").asBoolean()).isTrue();
        assertThat(first.get("newRows").asInt()).isEqualTo(2);
        assertThat(productSkus("GOOD-")).containsExactly("GOOD-1", "GOOD-2");
        var bolt = json(supervisor.get("/api/stock/GOOD-1"));
        assertThat(bolt.get("name").asText()).isEqualTo("Bolt \"big\"");
        assertThat(bolt.get("reorderPoint").asInt()).isEqualTo(20);

        long head = store.headPosition();
        var again = json(post(supervisor, "", file));
        assertThat(again.get("newRows").asInt()).isZero();
        assertThat(again.get("unchangedRows").asInt()).isEqualTo(2);
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void a_file_with_bad_rows_stores_nothing_and_names_each_by_line_and_field()
            throws IOException {
        supervisor.post("/api/commands/register-product",
                "{\"sku\":\"BAD-0\",\"name\":\"Old name\"}");
        long head = store.headPosition();
        String file = "sku,name,reorderPoint\n"
                + "BAD-1,Fine,1\n"                   // line 2: good
                + "BAD-2,Lots,many\n"                // line 3: not a number
                + "BAD-3,\"Two\nlines\",1\n"         // line 4-5: a quoted line break is fine
                + "bad sku!,Nut,1\n"                 // line 6: not a SKU
                + "BAD-0,New name,0\n"               // line 7: exists with another name
                + "BAD-1,Fine,1\n";                  // line 8: twice in the file
        var answer = post(supervisor, "", file);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = json(answer);
        assertThat(problem.get("type").asText()).endsWith("/bad-rows");
        assertThat(problem.get("detail").asText()).isEqualTo(
                "4 of 6 rows are bad; nothing was stored");
        var errors = problem.get("errors");
        assertThat(errors.findValuesAsText("line")).containsExactly("3", "6", "7", "8");
        assertThat(errors.findValuesAsText("field")).containsExactly("reorderPoint", "sku",
                "name", "sku");
        assertThat(errors.get(2).get("message").asText()).contains("registered as 'Old name'");
        assertThat(errors.get(3).get("message").asText()).contains("line 2 already");
        assertThat(problem.get("rows").findValuesAsText("action")).containsExactly("new",
                "bad", "new", "bad", "bad", "bad");
        assertThat(store.headPosition()).isEqualTo(head);
        assertThat(productSkus("BAD-")).containsExactly("BAD-0");

        var preview = json(post(supervisor, "?dryRun=true", file));
        assertThat(preview.get("ready").asBoolean()).isFalse();
        assertThat(preview.get("badRows").asInt()).isEqualTo(4);
    }

    @Test
    void only_a_signed_in_supervisor_may_import() {
        String file = "sku,name\nROLE-1,Nut\n";
        assertThat(post(CheckedHttp.anonymous(server.getURI()), "", file).status())
                .isEqualTo(401);
        var operator = supervisor.newOperator("olga", "olga-password-1");
        var refused = post(operator, "?dryRun=true", file);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("importing products");
    }

    @Test
    void a_body_that_is_not_a_csv_file_of_products_gets_a_clear_4xx_and_stores_nothing()
            throws IOException {
        long head = store.headPosition();
        var json = supervisor.post("/api/import/products", "{\"sku\":\"X\"}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json(json).get("detail").asText()).contains("text/csv");

        var binary = supervisor.send("POST", "/api/import/products", "text/csv",
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThat(binary.status()).isEqualTo(422);
        assertThat(json(binary).get("detail").asText()).isEqualTo("the file is not UTF-8 text");

        var noName = json(post(supervisor, "", "sku,colour\nX-1,red\n"));
        assertThat(noName.get("type").asText()).endsWith("/unreadable-file");
        assertThat(noName.get("errors").get(0).get("field").asText()).isEqualTo("header");

        var unclosed = post(supervisor, "", "sku,name\nX-1,\"Nut\n");
        assertThat(unclosed.status()).isEqualTo(422);
        assertThat(json(unclosed).get("detail").asText()).contains("not readable CSV");

        var empty = post(supervisor, "", "");
        assertThat(empty.status()).isIn(400, 422);

        var tooLarge = post(supervisor, "", "sku,name\n" + "X-1,Nut\n".repeat(10_000));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(store.headPosition()).isEqualTo(head);
    }
}
