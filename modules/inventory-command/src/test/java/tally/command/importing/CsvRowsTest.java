package tally.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row reader of an import file: columns, quoting, line numbers and unreadable files. */
class CsvRowsTest {
    static final List<String> REQUIRED = List.of("sku", "name");
    static final List<String> OPTIONAL = List.of("reorderPoint");

    static List<CsvRows.Row> read(String text) {
        return CsvRows.read(text.getBytes(StandardCharsets.UTF_8), REQUIRED, OPTIONAL);
    }

    @Test
    void reads_cells_by_column_in_any_order_and_case_with_rfc_4180_quoting() {
        var rows = read("\uFEFFName,SKU,reorderpoint\r\n\"Bolt \"\"big\"\", M8\",B-1,5\r\n");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().cell("sku")).isEqualTo("B-1");
        assertThat(rows.getFirst().cell("name")).isEqualTo("Bolt \"big\", M8");
        assertThat(rows.getFirst().cell("reorderPoint")).isEqualTo("5");
    }

    @Test
    void each_row_carries_the_line_it_starts_on_past_blank_lines_and_quoted_line_breaks() {
        var rows = read("sku,name\nA-1,\"two\nlines\"\n\nA-2,Nut\r\nA-3,Bolt");
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2L, 5L, 6L);
        assertThat(rows.get(2).cell("name")).isEqualTo("Bolt");
    }

    @Test
    void an_optional_column_left_out_reads_as_empty() {
        assertThat(read("sku,name\nA-1,Nut\n").getFirst().cell("reorderPoint")).isEmpty();
    }

    @Test
    void a_row_with_more_cells_than_columns_says_so_and_short_rows_read_empty() {
        var rows = read("sku,name\nA-1,Nut,extra\nA-2\n");
        assertThat(rows.get(0).shape().message()).isEqualTo(
                "has 3 cells; the header names 2 columns");
        assertThat(rows.get(1).shape()).isNull();
        assertThat(rows.get(1).cell("name")).isEmpty();
    }

    @Test
    void a_missing_unknown_or_repeated_column_is_refused_naming_the_header() {
        assertThatThrownBy(() -> read("sku\nA-1\n")).isInstanceOf(ImportRefused.class)
                .hasMessage("the file header lacks the column name; the first line must name"
                        + " sku,name");
        assertThatThrownBy(() -> read("sku,name,colour\n")).hasMessageContaining(
                "names a column 'colour' this import does not know");
        assertThatThrownBy(() -> read("sku,name,SKU\n")).hasMessageContaining("names sku twice");
    }

    @Test
    void a_file_that_is_not_utf_8_text_or_not_csv_is_refused() {
        assertThatThrownBy(() -> CsvRows.read(new byte[] {(byte) 0xc3, 0x28}, REQUIRED,
                OPTIONAL)).hasMessage("the file is not UTF-8 text");
        assertThatThrownBy(() -> read("sku,name\0\n")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> read("sku,name\nA-1,\"open")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("is not readable CSV");
        assertThatThrownBy(() -> read("")).hasMessageContaining("the file is empty");
    }
}
