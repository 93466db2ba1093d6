package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;

/** Every value within the bounds of docs/api.md, or the command is never made. */
class CommandValuesTest {

    @Test
    void names_every_bad_field_at_once() {
        var e = catchThrowableOfType(() -> new ReceiveStock("bad sku", "A/1", 0, "x".repeat(201)),
                InvalidCommand.class);
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("sku", "location", "quantity", "reference");
    }

    @Test
    void bounds_skus_and_locations_by_length_and_characters() {
        new ReceiveStock("a".repeat(40), "b".repeat(20), 1, null);
        new ReceiveStock("Az09._-", "Az09._-", 1, null);
        assertThatThrownBy(() -> new ReceiveStock("a".repeat(41), "A", 1, null))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("sku");
        assertThatThrownBy(() -> new ReceiveStock("A", "b".repeat(21), 1, null))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("location");
        assertThatThrownBy(() -> new ReceiveStock("", "A", 1, null))
                .isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new ReceiveStock("SKÜ", "A", 1, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void takes_as_a_sku_or_location_exactly_what_the_pattern_of_the_api_allows() {
        var sku = Pattern.compile("[A-Za-z0-9._-]{1,40}");
        var location = Pattern.compile("[A-Za-z0-9._-]{1,20}");
        for (char c = 0; c < 0x3000; c++) {
            for (String v : List.of(String.valueOf(c), "A" + c, c + "b".repeat(19), "c".repeat(39) + c,
                    "d".repeat(40) + c)) {
                assertThat(Rules.sku("sku", v) == null).as(v).isEqualTo(sku.matcher(v).matches());
                assertThat(Rules.location("to", v) == null).as(v)
                        .isEqualTo(location.matcher(v).matches());
            }
        }
        assertThat(Rules.sku("sku", "")).isNotNull();
        assertThat(Rules.sku("sku", "\uD83D\uDE00")).isNotNull();
    }

    @Test
    void bounds_quantities_counts_and_reorder_points() {
        new PickStock("S", "A", 1_000_000, null);
        new AdjustStock("S", "A", 0, "");
        new RegisterProduct("S", "n", 1_000_000);
        assertThatThrownBy(() -> new PickStock("S", "A", 1_000_001, null))
                .hasMessageContaining("quantity");
        assertThatThrownBy(() -> new MoveStock("S", "A", "B", 0)).hasMessageContaining("quantity");
        assertThatThrownBy(() -> new AdjustStock("S", "A", -1, "r"))
                .hasMessageContaining("countedQuantity");
        assertThatThrownBy(() -> new RegisterProduct("S", "n", -1))
                .hasMessageContaining("reorderPoint");
    }

    @Test
    void trims_a_name_and_refuses_a_blank_or_over_long_one() {
        assertThat(new RegisterProduct("S", " \t Bolt M8 \n", 0).name()).isEqualTo("Bolt M8");
        assertThat(new RegisterProduct("S", "😀".repeat(200), 0).name()).hasSize(400);
        assertThatThrownBy(() -> new RegisterProduct("S", "   ", 0)).hasMessageContaining("blank");
        assertThatThrownBy(() -> new RegisterProduct("S", "x".repeat(201), 0))
                .hasMessageContaining("at most 200");
    }

    @Test
    void requires_a_reason_for_a_count_but_no_reference_for_a_receipt() {
        assertThatThrownBy(() -> new AdjustStock("S", "A", 1, null))
                .hasMessageContaining("reason is required");
        assertThat(new ReceiveStock("S", "A", 1, null).reference()).isNull();
    }
}
