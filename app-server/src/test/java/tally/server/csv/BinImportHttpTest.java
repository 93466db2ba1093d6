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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * {@code POST /api/import/bins}: a preview that stores nothing, good rows defined and the same
 * file again issuing nothing, bad rows (a bin in the register with other values among them)
 * named by line and field with nothing stored, and the refusals of a caller who may not. Each
 * test has bin codes of its own.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BinImportHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    CheckedHttp supervisor;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-bin-import");
    }

    @BeforeAll
    void signIn() {
        supervisor = new CheckedHttp(server.getURI());
    }

    private CheckedHttp.Answer post(CheckedHttp as, String query, String file) {
        return as.send("POST", "/api/import/bins" + query, "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(CheckedHttp.Answer answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    private JsonNode bin(String location) throws IOException {
        return json(supervisor.get("/api/bins/" + location + "?minPosition="
                + store.headPosition() + "&waitMillis=30000"));
    }

    @Test
    void a_dry_run_lists_every_row_and_stores_nothing() throws IOException {
        long head = store.headPosition();
        var answer = post(supervisor, "?dryRun=true", "location,zone\r\nDRY-1,D\r\nDRY-2,\r\n");
        assertThat(answer.status()).isEqualTo(200);
        var report = json(answer);
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("ready").asBoolean()).isTrue();
        assertThat(report.get("stored").asBoolean()).isFalse();
        assertThat(report.get("rows").findValuesAsText("key")).containsExactly("DRY-1", "DRY-2");
        assertThat(report.get("rows").findValuesAsText("action")).containsExactly("new", "new");
        assertThat(report.get("rows").get(0).get("commandId").asText()).startsWith("import-bins-");
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void good_rows_are_defined_and_the_same_file_again_issues_nothing() throws IOException {
        String file = "Capacity,LOCATION,description,zone\n200,GOOD-1,\"Shelf 1, low\",G\n"
                + ",GOOD-2,,\n";
        var first = json(post(supervisor, "", file));
        assertThat(first.get("stored").asBoolean()).isTrue();
        assertThat(first.get("newRows").asInt()).isEqualTo(2);
        var shelf = bin("GOOD-1");
        assertThat(shelf.get("name").asText()).isEqualTo("Shelf 1, low");
        assertThat(shelf.get("zone").asText()).isEqualTo("G");
        assertThat(shelf.get("capacity").asInt()).isEqualTo(200);
        assertThat(bin("GOOD-2").get("retired").asBoolean()).isFalse();

        long head = store.headPosition();
        var again = json(post(supervisor, "", file));
        assertThat(again.get("newRows").asInt()).isZero();
        assertThat(again.get("unchangedRows").asInt()).isEqualTo(2);
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void a_file_with_bad_rows_stores_nothing_and_names_each_by_line_and_field()
            throws IOException {
        supervisor.post("/api/commands/define-location",
                "{\"location\":\"BAD-0\",\"name\":\"Old\",\"zone\":\"B\"}");
        long head = store.headPosition();
        String file = "location,name,zone,capacity\n"
                + "BAD-1,Fine,B,10\n"                // line 2: good
                + "BAD-2,Lots,B,lots\n"              // line 3: not a number
                + "bad bin!,Nut,B,1\n"               // line 4: not a location code
                + "BAD-0,Old,C,\n"                   // line 5: in the register, another zone
                + "BAD-0,Old,B,\n"                   // line 6: twice in the file
                + "BAD-3,Fine,B,0\n";                // line 7: capacity out of range
        var answer = post(supervisor, "", file);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = json(answer);
        assertThat(problem.get("type").asText()).endsWith("/bad-rows");
        assertThat(problem.get("detail").asText()).isEqualTo(
                "5 of 6 rows are bad; nothing was stored");
        var errors = problem.get("errors");
        assertThat(errors.findValuesAsText("line")).containsExactly("3", "4", "5", "6", "7");
        assertThat(errors.findValuesAsText("field")).containsExactly("capacity", "location",
                "zone", "location", "capacity");
        assertThat(errors.get(2).get("message").asText()).isEqualTo("bin BAD-0 is in zone 'B';"
                + " an import does not change a bin (change-location does)");
        assertThat(errors.get(3).get("message").asText()).contains("line 5 already");
        assertThat(store.headPosition()).isEqualTo(head);
        assertThat(supervisor.get("/api/bins/BAD-1").status()).isEqualTo(404);
    }

    @Test
    void only_a_signed_in_supervisor_may_import_bins() throws IOException {
        String file = "location\nROLE-1\n";
        assertThat(post(CheckedHttp.anonymous(server.getURI()), "", file).status())
                .isEqualTo(401);
        var operator = supervisor.newOperator("olga", "olga-password-1");
        assertThat(post(operator, "?dryRun=true", file).status()).isEqualTo(403);
        var unknown = json(post(supervisor, "", "location,aisle\nX-1,3\n"));
        assertThat(unknown.get("type").asText()).endsWith("/unreadable-file");
        assertThat(unknown.get("errors").get(0).get("message").asText())
                .contains("location, description, name, zone, capacity");
    }
}
