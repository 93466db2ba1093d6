package tally.query.barcodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.BarcodeAssigned;
import tally.events.InventoryEvent.ProductRegistered;
import tally.query.testing.ServerTest;

@MicronautTest
class BarcodeQueriesHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void assign() {
        head = append(new ProductRegistered("SKU-1", "Bolt", 0),
                new ProductRegistered("SKU-2", "Nut", 0),
                new BarcodeAssigned("SKU-1", "04006381333931"),
                new BarcodeAssigned("SKU-2", "00012345678905"),
                new BarcodeAssigned("SKU-1", "00000096385074"));
    }

    @Test
    void a_barcode_in_any_gtin_form_names_its_product_as_fourteen_digits() {
        var expected = Map.of("barcode", "04006381333931", "sku", "SKU-1", "name", "Bolt",
                "position", (int) head);

        assertThat(get("/api/barcodes/4006381333931?minPosition=" + head)).isEqualTo(expected);
        assertThat(get("/api/barcodes/04006381333931?minPosition=" + head)).isEqualTo(expected);
        assertThat(get("/api/barcodes/012345678905?minPosition=" + head))
                .containsEntry("sku", "SKU-2").containsEntry("barcode", "00012345678905");
        assertThat(get("/api/barcodes/96385074?minPosition=" + head))
                .containsEntry("sku", "SKU-1");
    }

    @Test
    void lists_the_barcodes_of_one_product_or_of_all_by_barcode() {
        var one = get("/api/barcodes?sku=SKU-1&minPosition=" + head);
        var all = get("/api/barcodes?minPosition=" + head);

        assertThat(one.get("position")).isEqualTo((int) head);
        assertThat(one.get("items")).isEqualTo(List.of(
                Map.of("barcode", "00000096385074", "sku", "SKU-1", "name", "Bolt"),
                Map.of("barcode", "04006381333931", "sku", "SKU-1", "name", "Bolt")));
        assertThat((List<?>) all.get("items")).hasSize(3);
        assertThat(get("/api/barcodes?sku=SKU-9&minPosition=" + head).get("items"))
                .isEqualTo(List.of());
    }

    @Test
    void a_gtin_no_product_has_is_not_found() {
        var refused = failure(HttpRequest.GET("/api/barcodes/4000001000012"));

        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(refused.getResponse().getBody(String.class).orElseThrow())
                .contains("no product has barcode 04000001000012");
    }

    @Test
    void a_code_without_the_shape_of_a_gtin_is_a_400_saying_what_is_wrong_with_it() {
        assertThat(body(failure(HttpRequest.GET("/api/barcodes/1234567")), 400))
                .contains("\"field\":\"barcode\"", "must be 8, 12, 13 or 14 digits", "not 7");
        assertThat(body(failure(HttpRequest.GET("/api/barcodes/SKU-1")), 400))
                .contains("must be digits only");
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_is_a_422_not_a_gtin_naming_the_digit_it_needs() {
        assertThat(body(failure(HttpRequest.GET("/api/barcodes/4006381333932")), 422))
                .contains("/problems/not-a-gtin\"", "\"title\":\"Not a GTIN\"",
                        "\"detail\":\"barcode has check digit 2 where 400638133393 needs 1",
                        "\"field\":\"barcode\"");
        assertThat(body(failure(HttpRequest.GET("/api/barcodes/40063813")), 422))
                .contains("has check digit 3 where 4006381 needs 2");
    }

    private static String body(io.micronaut.http.client.exceptions.HttpClientResponseException e,
                               int status) {
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        return e.getResponse().getBody(String.class).orElseThrow();
    }
}
