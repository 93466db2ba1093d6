package tally.client.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Scans shaped as real scanners send them, the labels of real products among them. */
class ScanReaderTest {
    private static final String GS = "\u001d";

    @Test
    void reads_a_gtin_of_each_length_as_fourteen_digits() {
        assertThat(ScanReader.read("4006381333931")).isEqualTo(new Scan.Gtin("04006381333931"));
        assertThat(ScanReader.read("036000291452")).isEqualTo(new Scan.Gtin("00036000291452"));
        assertThat(ScanReader.read("96385074")).isEqualTo(new Scan.Gtin("00000096385074"));
        assertThat(ScanReader.read("10614141000415")).isEqualTo(new Scan.Gtin("10614141000415"));
        assertThat(ScanReader.read(" 4006381333931\n")).isEqualTo(
                new Scan.Gtin("04006381333931"));
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_is_unreadable_and_says_which_digit() {
        assertThat(ScanReader.read("4006381333932")).isEqualTo(new Scan.Unreadable(
                "4006381333932", "its check digit is 2, not 1"));
    }

    @Test
    void text_that_is_no_barcode_is_a_sku() {
        assertThat(ScanReader.read("BOLT-M8")).isEqualTo(new Scan.Code("BOLT-M8"));
        assertThat(ScanReader.read("12345")).isEqualTo(new Scan.Code("12345"));
        assertThat(ScanReader.read("SKU-1")).isEqualTo(new Scan.Code("SKU-1"));
    }

    @Test
    void reads_a_gs1_128_scan_with_its_prefix_gtin_expiry_batch_and_count() {
        var scan = ScanReader.read("]C10109501101530003172612311" + "0AB-12" + GS + "3040");

        assertThat(scan).isInstanceOf(Scan.Element.class);
        var element = (Scan.Element) scan;
        assertThat(element.gtin14()).isEqualTo("09501101530003");
        assertThat(element.count()).isEqualTo(OptionalLong.of(40));
        assertThat(element.fields()).containsEntry("17", "261231").containsEntry("10", "AB-12")
                .containsEntry("30", "40");
    }

    @Test
    void the_symbol_a_text_field_shows_for_the_separator_is_read_as_the_separator() {
        var scan = (Scan.Element) ScanReader.read("]C10109501101530003" + "10LOT-7"
                + ScanReader.GS_SYMBOL + "3024");

        assertThat(scan.fields()).containsEntry("10", "LOT-7");
        assertThat(scan.count()).isEqualTo(OptionalLong.of(24));
    }

    @Test
    void reads_the_printed_form_with_brackets() {
        var scan = (Scan.Element) ScanReader.read("(01)09501101530003(10)LOT 7(21)SN-0042(30)12");

        assertThat(scan.gtin14()).isEqualTo("09501101530003");
        assertThat(scan.count()).isEqualTo(OptionalLong.of(12));
        assertThat(scan.fields()).containsEntry("10", "LOT 7").containsEntry("21", "SN-0042");
    }

    @Test
    void a_logistic_unit_gives_the_gtin_of_what_it_holds_and_its_count() {
        var scan = (Scan.Element) ScanReader.read(GS + "00095011015300000017" + "0219501101530000"
                + "37" + "24" + GS + "10" + "B-9");

        assertThat(scan.fields()).containsEntry("00", "095011015300000017");
        assertThat(scan.gtin14()).isEqualTo("19501101530000");
        assertThat(scan.count()).isEqualTo(OptionalLong.of(24));
        assertThat(scan.fields()).containsEntry("10", "B-9");
    }

    @Test
    void a_gs1_scan_without_a_count_has_none_and_without_separators_is_still_read() {
        var scan = (Scan.Element) ScanReader.read("010950110153000317261231");

        assertThat(scan.gtin14()).isEqualTo("09501101530003");
        assertThat(scan.count()).isEmpty();
        assertThat(scan.fields()).containsEntry("17", "261231");
    }

    @Test
    void reads_a_weight_with_its_four_digit_identifier_between_other_elements() {
        var scan = (Scan.Element) ScanReader.read("]C1010950110153000331030012503012");

        assertThat(scan.fields()).containsEntry("3103", "001250").containsEntry("30", "12");
    }

    @Test
    void malformed_scans_are_unreadable_and_say_why() {
        assertThat(why("]C1019501101530003")).isEqualTo(
                "(01) needs 14 digits, not 13");
        assertThat(why("]C10109501101530004")).isEqualTo(
                "the GTIN 09501101530004 is wrong: its check digit is 4, not 3");
        assertThat(why("]C1010950110153000317261")).isEqualTo("(17) needs 6 digits, not 3");
        assertThat(why("]C10109501101530003" + "30" + "4X")).isEqualTo(
                "(30) takes digits only");
        assertThat(why("]C10109501101530003" + "30123456789")).isEqualTo(
                "(30) holds at most 8 characters");
        assertThat(why("]C10109501101530003" + "88ABC")).isEqualTo(
                "no known application identifier at \"88AB\"");
        assertThat(why("]C1" + "10LOT-1")).isEqualTo("it names no GTIN (01 or 02)");
        assertThat(why("]C1")).isEqualTo("nothing after the prefix ]C1");
        assertThat(why("(01)09501101530003(88)X")).isEqualTo(
                "no known application identifier \"88\"");
        assertThat(why("(01)09501101530003(30")).isEqualTo(
                "expected \"(\" and an application identifier");
        assertThat(why("(01)09501101530003(10)")).isEqualTo("(10) is empty");
    }

    @Test
    void an_ean_13_symbology_prefix_is_taken_off() {
        assertThat(ScanReader.read("]E04006381333931")).isEqualTo(
                new Scan.Gtin("04006381333931"));
    }

    private static String why(String typed) {
        var scan = ScanReader.read(typed);
        assertThat(scan).isInstanceOf(Scan.Unreadable.class);
        return ((Scan.Unreadable) scan).why();
    }
}
