package tally.events;

import java.util.List;
import java.util.Objects;

/**
 * Everything that happens to an order, in the past tense: its own life (placed, cancelled,
 * shipped) and what the allocation decided for it. The stock it reserves and the units picked
 * for it are events of the products' streams ({@link InventoryEvent}), since they change what
 * a product holds; this stream says what the order asked for and what became of the asking.
 */
public sealed interface OrderEvent extends TallyEvent {

    /** The id of the order whose stream this event belongs to. */
    String orderId();

    @Override
    default String stream() {
        return StoredEvent.streamOfOrder(orderId());
    }

    /** One line of an order: so many units of one product. */
    record OrderLine(String sku, int quantity) {
    }

    /**
     * What the allocation decided for one line, at one moment.
     *
     * @param reserved    units it reserved for the line in this decision (0 or more)
     * @param backordered units of the line left waiting for stock after this decision
     */
    record LineAllocation(String sku, int reserved, int backordered) {
    }

    record OrderPlaced(String orderId, String customer, List<OrderLine> lines)
            implements OrderEvent {
        public OrderPlaced {
            lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        }
    }

    /**
     * The allocation reserved stock for some lines of the order, or found none and backordered
     * them. One event per decision, however many lines it covers, so a reader sees the order
     * move from one consistent state to the next.
     */
    record OrderAllocated(String orderId, List<LineAllocation> lines) implements OrderEvent {
        public OrderAllocated {
            lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        }
    }

    record OrderCancelled(String orderId, String reason) implements OrderEvent {
    }

    record OrderShipped(String orderId) implements OrderEvent {
    }
}
