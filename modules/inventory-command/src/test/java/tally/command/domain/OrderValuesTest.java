package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderLine;

/** Orders' values within the bounds of docs/api.md, or the command is never made. */
class OrderValuesTest {

    static List<String> fieldsRefused(Runnable make) {
        return catchThrowableOfType(make::run, InvalidCommand.class).problems().stream()
                .map(FieldProblem::field).toList();
    }

    static List<OrderLine> lines(int n) {
        var lines = new ArrayList<OrderLine>();
        for (int i = 0; i < n; i++) {
            lines.add(new OrderLine("S-" + i, 1));
        }
        return lines;
    }

    @Test
    void bounds_an_order_id_like_a_sku_and_a_customer_to_200_characters() {
        new PlaceOrder("a".repeat(40), "c".repeat(200), lines(1));
        new PlaceOrder("Az09._-", null, lines(1));
        assertThat(fieldsRefused(() -> new PlaceOrder("a".repeat(41), "c".repeat(201), lines(1))))
                .containsExactly("orderId", "customer");
        assertThat(fieldsRefused(() -> new CancelOrder("SO 1", "x".repeat(201))))
                .containsExactly("orderId", "reason");
    }

    @Test
    void takes_1_to_100_lines_each_sku_once_naming_the_bad_line() {
        new PlaceOrder("SO-1", null, lines(100));
        assertThat(fieldsRefused(() -> new PlaceOrder("SO-1", null, lines(101))))
                .containsExactly("lines");
        assertThat(fieldsRefused(() -> new PlaceOrder("SO-1", null, List.of())))
                .containsExactly("lines");
        var e = catchThrowableOfType(() -> new PlaceOrder("SO-1", null, List.of(
                new OrderLine("A", 1), new OrderLine("B", 0), new OrderLine("A", 2),
                new OrderLine("C D", 1_000_001))), InvalidCommand.class);
        assertThat(e.problems()).containsExactly(
                new FieldProblem("lines[1].quantity", "must be a whole number from 1 to 1000000"),
                new FieldProblem("lines[2].sku", "repeats the sku of lines[0]: each sku once"),
                new FieldProblem("lines[3].sku", "must be 1-40 characters of A-Z a-z 0-9 . _ -"),
                new FieldProblem("lines[3].quantity",
                        "must be a whole number from 1 to 1000000"));
    }

    @Test
    void bounds_the_allocations_commands_too() {
        assertThat(fieldsRefused(() -> new ReserveStock("SO-1", "S", 0, 0)))
                .containsExactly("quantity", "orderSequence");
        assertThat(fieldsRefused(() -> new ConfirmPick("", "S", "A/1", 1)))
                .containsExactly("orderId", "location");
        assertThat(fieldsRefused(() -> new RecordAllocation("SO-1", List.of(
                new LineAllocation("S", -1, 0), new LineAllocation("S", 0, 0)))))
                .containsExactly("lines[0].reserved", "lines[1].sku");
    }
}
