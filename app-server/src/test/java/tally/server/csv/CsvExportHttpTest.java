package tally.server.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;
import tally.server.openapi.TestSignIn;

/**
 * Stock, locations and activity as CSV when asked with {@code Accept: text/csv}: a header row,
 * RFC 4180 quoting of a name holding a comma and quotes, UTF-8, the JSON answer's filters, and
 * its position in the {@code Tally-Position} header. Each exchange is checked against the
 * OpenAPI document.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvExportHttpTest implements TestPropertyProvider {
    static final Map<String, String> CSV = Map.of("Accept", "text/csv");
    static final String AWKWARD = "Bolt \"big\", M8 – zinc";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    CheckedHttp http;
    long position;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-csv-export");
    }

    @BeforeAll
    void stock() throws IOException {
        http = new CheckedHttp(server.getURI());
        http.post("/api/commands/register-product", JSON.createObjectNode().put("sku", "EX-1")
                .put("name", AWKWARD).put("reorderPoint", 100).toString());
        http.post("/api/commands/register-product", "{\"sku\":\"EX-2\",\"name\":\"Nut\"}");
        http.post("/api/commands/receive-stock",
                "{\"sku\":\"EX-1\",\"location\":\"A-1\",\"quantity\":5}");
        var last = http.post("/api/commands/receive-stock",
                "{\"sku\":\"EX-2\",\"location\":\"B-2\",\"quantity\":7}");
        assertThat(last.status()).isEqualTo(200);
        position = JSON.readTree(last.body()).get("position").asLong();
    }

    private CheckedHttp.Answer csv(String path) {
        var answer = http.send("GET", path + (path.contains("?") ? "&" : "?") + "minPosition="
                + position + "&waitMillis=30000", CSV, new byte[0]);
        assertThat(answer.status()).as(path).isEqualTo(200);
        assertThat(answer.contentType()).as(path).startsWith("text/csv")
                .containsIgnoringCase("charset=utf-8");
        return answer;
    }

    static List<CSVRecord> records(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void stock_comes_as_csv_with_a_header_row_and_a_quoted_name() throws IOException {
        String body = csv("/api/stock").body();
        assertThat(body).startsWith("sku,name,onHand,reserved,available,reorderPoint,"
                + "belowReorderPoint,version\r\n");
        assertThat(body).contains("EX-1,\"Bolt \"\"big\"\", M8 – zinc\",5,0,5,100,true,2\r\n");
        var rows = records(body);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(1)).isEqualTo(AWKWARD);
        assertThat(rows.get(2).toList()).containsExactly("EX-2", "Nut", "7", "0", "7", "0",
                "false", "2");
    }

    @Test
    void the_stock_filter_applies_to_csv_as_to_json() throws IOException {
        var rows = records(csv("/api/stock?belowReorderPoint=true").body());
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("sku", "EX-1");
    }

    @Test
    void locations_come_as_csv() throws IOException {
        var rows = records(csv("/api/locations").body());
        assertThat(rows).extracting(CSVRecord::toList).containsExactly(
                List.of("location", "skus", "units"), List.of("A-1", "1", "5"),
                List.of("B-2", "1", "7"));
    }

    @Test
    void activity_comes_as_csv_newest_first_within_its_limit() throws IOException {
        var rows = records(csv("/api/activity?limit=2").body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).containsExactly("position", "stream", "type",
                "occurredAt", "user", "summary");
        assertThat(rows.get(1).toList()).startsWith(Long.toString(position), "product-EX-2",
                "StockReceived");
        assertThat(rows.get(1).get(4)).isEqualTo(TestSignIn.USERNAME);
        assertThat(rows.get(2).get(1)).isEqualTo("product-EX-1");
    }

    @Test
    void the_position_of_a_csv_answer_is_in_its_header_as_in_the_json_body() throws Exception {
        var plain = HttpClient.newHttpClient();
        for (String path : List.of("/api/stock", "/api/locations", "/api/activity")) {
            var request = HttpRequest.newBuilder(server.getURI().resolve(path + "?minPosition="
                    + position + "&waitMillis=30000")).header("Accept", "text/csv")
                    .header("Authorization", TestSignIn.bearer(server.getURI())).build();
            var answer = plain.send(request, BodyHandlers.ofString());
            long header = Long.parseLong(answer.headers().firstValue("Tally-Position")
                    .orElseThrow());
            assertThat(header).as(path).isGreaterThanOrEqualTo(position);
            long json = JSON.readTree(http.get(path).body()).get("position").asLong();
            assertThat(json).as(path).isEqualTo(header); // nothing was written in between
        }
    }

    @Test
    void json_stays_the_answer_without_accept_or_when_json_is_preferred() {
        assertThat(http.get("/api/stock").contentType()).startsWith("application/json");
        var preferJson = http.send("GET", "/api/stock",
                Map.of("Accept", "application/json, text/csv;q=0.5"), new byte[0]);
        assertThat(preferJson.contentType()).startsWith("application/json");
        var preferCsv = http.send("GET", "/api/locations",
                Map.of("Accept", "application/json;q=0.2, text/csv"), new byte[0]);
        assertThat(preferCsv.contentType()).startsWith("text/csv");
    }

    @Test
    void a_csv_export_needs_a_signed_in_user() {
        var answer = CheckedHttp.anonymous(server.getURI()).send("GET", "/api/stock", CSV,
                new byte[0]);
        assertThat(answer.status()).isEqualTo(401);
    }
}
