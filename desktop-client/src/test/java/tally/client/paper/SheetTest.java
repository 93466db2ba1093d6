package tally.client.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each screen asks the server for, and the file name a save proposes. */
class SheetTest {

    @Test
    void one_bin_or_every_bin_in_code_128_or_qr() {
        assertThat(Sheet.binLabels("A-01", false)).isEqualTo(new Sheet(
                "/api/labels/bins.pdf?location=A-01&code=code128", "bin-labels-A-01.pdf",
                "bin label of A-01"));
        assertThat(Sheet.binLabels(null, true)).isEqualTo(new Sheet(
                "/api/labels/bins.pdf?code=qr", "bin-labels.pdf", "all bin labels"));
        assertThat(Sheet.binLabels("", false).fileName()).isEqualTo("bin-labels.pdf");
    }

    @Test
    void a_product_and_an_order_are_named_in_the_file_and_escaped_in_the_query() {
        assertThat(Sheet.productLabels("SKU 1&2", false).pathAndQuery())
                .isEqualTo("/api/labels/products.pdf?sku=SKU+1%262&code=code128");
        assertThat(Sheet.productLabels("SKU 1&2", false).fileName())
                .isEqualTo("product-labels-SKU_1_2.pdf");
        assertThat(Sheet.pickList("SO-1001")).isEqualTo(new Sheet(
                "/api/orders/SO-1001/pick-list.pdf", "pick-list-SO-1001.pdf",
                "the pick list of SO-1001"));
    }
}
