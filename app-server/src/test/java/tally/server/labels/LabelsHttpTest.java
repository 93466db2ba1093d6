package tally.server.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/** Bin and product labels as the site prints them: pages, text and barcodes read back. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelsHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    CheckedHttp http;
    String waitFor;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-labels");
    }

    @BeforeAll
    void aSmallSite() throws IOException {
        http = new CheckedHttp(server.getURI());
        post("define-location", "{\"location\":\"A-01-1\",\"name\":\"Bolts, top shelf\"}");
        post("define-location", "{\"location\":\"A-01-2\",\"name\":\"Nuts\"}");
        post("define-location", "{\"location\":\"OLD-9\"}");
        post("retire-location", "{\"location\":\"OLD-9\"}");
        post("register-product", "{\"sku\":\"SKU-1001\",\"name\":\"Hex bolt M8\"}");
        long last = post("register-product", "{\"sku\":\"SKU-2002\",\"name\":\"Wing nut\"}");
        waitFor = "minPosition=" + last + "&waitMillis=10000";
    }

    private long post(String command, String body) throws IOException {
        var a = http.post("/api/commands/" + command, body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return JSON.readTree(a.body()).get("position").asLong();
    }

    private PrintedPages pdf(String path, String fileName) {
        var a = http.get(path);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.header("Content-Disposition"))
                .hasValue("inline; filename=\"" + fileName + "\"");
        return new PrintedPages(a.bytes());
    }

    @Test
    void a_label_for_each_bin_asked_for_in_that_order_with_its_code_as_code_128() {
        var pages = pdf("/api/labels/bins.pdf?location=A-01-2&location=A-01-1&" + waitFor,
                "bin-labels.pdf");

        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.text(1)).contains("A-01-2", "Nuts").doesNotContain("A-01-1");
        assertThat(pages.text(2)).contains("A-01-1", "Bolts, top shelf");
        assertThat(pages.barcode(1, BarcodeFormat.CODE_128)).isEqualTo("A-01-2");
        assertThat(pages.barcode(2, BarcodeFormat.CODE_128)).isEqualTo("A-01-1");
    }

    @Test
    void without_a_location_every_bin_of_the_register_but_the_retired_one() {
        var pages = pdf("/api/labels/bins.pdf?" + waitFor, "bin-labels.pdf");

        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.text(1) + pages.text(2)).contains("A-01-1", "A-01-2")
                .doesNotContain("OLD-9");
    }

    @Test
    void a_qr_code_when_asked_for_one() {
        var pages = pdf("/api/labels/bins.pdf?location=A-01-1&code=qr&" + waitFor,
                "bin-labels.pdf");

        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.barcode(1, BarcodeFormat.QR_CODE)).isEqualTo("A-01-1");
        assertThat(pages.text(1)).contains("A-01-1", "Bolts, top shelf");
    }

    @Test
    void a_label_for_each_product_with_its_sku_and_name() {
        var pages = pdf("/api/labels/products.pdf?sku=SKU-2002&" + waitFor,
                "product-labels.pdf");

        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.text(1)).contains("SKU-2002", "Wing nut");
        assertThat(pages.barcode(1, BarcodeFormat.CODE_128)).isEqualTo("SKU-2002");
        assertThat(pdf("/api/labels/products.pdf?" + waitFor, "product-labels.pdf").count())
                .as("every product registered").isEqualTo(2);
    }

    @Test
    void an_unknown_bin_or_product_is_a_404_naming_it() throws IOException {
        for (String[] asked : new String[][] {
            {"/api/labels/bins.pdf?location=A-01-1&location=NOWHERE&", "no bin NOWHERE"},
            {"/api/labels/products.pdf?sku=NO-SUCH&", "no product NO-SUCH"}}) {
            var a = http.get(asked[0] + waitFor);
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.contentType()).isEqualTo("application/problem+json");
            assertThat(JSON.readTree(a.body()).get("detail").asText()).isEqualTo(asked[1]);
        }
    }

    @Test
    void a_bad_parameter_is_a_400_naming_it() throws IOException {
        for (String[] asked : new String[][] {
            {"/api/labels/bins.pdf?code=ean13", "code"},
            {"/api/labels/products.pdf?code=QR", "code"},
            {"/api/labels/bins.pdf?location=A-01-1&location=%20", "location"},
            {"/api/labels/bins.pdf?location=A-01-1&minPosition=-1", "minPosition"}}) {
            var a = http.get(asked[0]);
            assertThat(a.status()).as(asked[0]).isEqualTo(400);
            assertThat(a.body()).as(asked[0]).contains("\"" + asked[1] + "\"");
        }
    }

    @Test
    void nobody_signed_in_gets_no_label() {
        var anonymous = CheckedHttp.anonymous(server.getURI());
        assertThat(anonymous.get("/api/labels/bins.pdf").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/labels/products.pdf").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/orders/SO-1/pick-list.pdf").status()).isEqualTo(401);
    }
}
