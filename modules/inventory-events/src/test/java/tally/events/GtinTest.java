package tally.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void computes_the_gs1_check_digit_of_every_length() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);   // EAN-13 4006381333931
        assertThat(Gtin.checkDigit("01234567890")).isEqualTo(5);    // UPC-A 012345678905
        assertThat(Gtin.checkDigit("9638507")).isEqualTo(4);        // GTIN-8 96385074
        assertThat(Gtin.checkDigit("1000000000000")).isEqualTo(7);  // 3x1 = 3, 10 - 3
        assertThat(Gtin.checkDigit("0000000000000")).isEqualTo(0);
        assertThat(Gtin.withCheckDigit("400000100001")).isEqualTo("4000001000012");
    }

    @Test
    void writes_every_gtin_as_fourteen_digits_so_an_ean_13_and_its_gtin_14_are_one() {
        assertThat(Gtin.normalised("4006381333931")).isEqualTo("04006381333931");
        assertThat(Gtin.normalised("04006381333931")).isEqualTo("04006381333931");
        assertThat(Gtin.normalised("012345678905")).isEqualTo("00012345678905");
        assertThat(Gtin.normalised("96385074")).isEqualTo("00000096385074");
    }

    @Test
    void says_what_makes_a_code_no_gtin_and_the_check_digit_it_needs() {
        assertThat(Gtin.problemWith("4006381333931")).isNull();
        assertThat(Gtin.problemWith("4006381333932"))
                .isEqualTo("has check digit 2 where 400638133393 needs 1: mistyped or misread");
        assertThat(Gtin.problemWith("400638133393")).startsWith("has check digit 3 where");
        assertThat(Gtin.problemWith("1234567")).isEqualTo("must be 8, 12, 13 or 14 digits"
                + " (a GTIN-8, UPC-A, EAN-13 or GTIN-14), not 7");
        assertThat(Gtin.problemWith("400638133393100")).endsWith("not 15");
        assertThat(Gtin.problemWith("")).endsWith("not 0");
        assertThat(Gtin.problemWith("40063813339-1")).startsWith("must be digits only");
        assertThat(Gtin.problemWith("４００６３８１３３３９３１")).startsWith("must be digits only");
        assertThat(Gtin.problemWith(null)).isEqualTo("is required");
        assertThat(Gtin.shaped("4006381333932")).as("only the check digit is wrong").isTrue();
        assertThat(Gtin.shaped("4006381333931")).isTrue();
        assertThat(Gtin.shaped("400638133393")).isTrue();
        assertThat(Gtin.shaped("1234567")).isFalse();
        assertThat(Gtin.shaped("40063813339x1")).isFalse();
        assertThatThrownBy(() -> Gtin.normalised("1234567"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("barcode must");
    }
}
