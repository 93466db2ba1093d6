package tally.command.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderLine;
import tally.events.StoredEvent;

/**
 * What may be asked of an order. The bounds of docs/api.md ("Orders and their allocation") are
 * checked when a record is made, as for {@link ProductCommand}.
 */
public sealed interface OrderCommand extends Command {

    String orderId();

    @Override
    default String stream() {
        return StoredEvent.streamOfOrder(orderId());
    }

    record PlaceOrder(String orderId, String customer, List<OrderLine> lines)
            implements OrderCommand {
        public PlaceOrder {
            lines = lines == null ? null : List.copyOf(lines);
            var problems = new ArrayList<FieldProblem>();
            problems.add(Rules.orderId("orderId", orderId));
            problems.add(Rules.text("customer", customer, false));
            problems.addAll(Rules.lines("lines", lines));
            Rules.check(problems);
        }
    }

    record CancelOrder(String orderId, String reason) implements OrderCommand {
        public CancelOrder {
            Rules.check(Rules.orderId("orderId", orderId), Rules.text("reason", reason, false));
        }
    }

    record ShipOrder(String orderId) implements OrderCommand {
        public ShipOrder {
            Rules.check(Rules.orderId("orderId", orderId));
        }
    }

    /**
     * The allocation's decision for some lines of the order (not an HTTP command): what it
     * reserved for each just now, and what is left backordered after it.
     */
    record RecordAllocation(String orderId, List<LineAllocation> lines) implements OrderCommand {
        public RecordAllocation {
            lines = lines == null ? null : List.copyOf(lines);
            var problems = new ArrayList<FieldProblem>();
            problems.add(Rules.orderId("orderId", orderId));
            if (lines == null || lines.isEmpty() || lines.size() > Rules.MAX_LINES) {
                problems.add(new FieldProblem("lines",
                        "must hold 1 to " + Rules.MAX_LINES + " lines"));
            } else {
                var seen = new HashMap<String, Integer>();
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i);
                    String at = "lines[" + i + "].";
                    problems.add(Rules.sku(at + "sku", line.sku()));
                    problems.add(Rules.range(at + "reserved", line.reserved(), 0,
                            Rules.MAX_QUANTITY));
                    problems.add(Rules.range(at + "backordered", line.backordered(), 0,
                            Rules.MAX_QUANTITY));
                    if (seen.putIfAbsent(line.sku(), i) != null) {
                        problems.add(new FieldProblem(at + "sku", "repeats a sku"));
                    }
                }
            }
            Rules.check(problems);
        }
    }
}
