package tally.command.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.OrderCommand.ShipOrder;
import tally.command.domain.Refusal.OrderAlreadyPlaced;
import tally.command.domain.Refusal.OrderClosed;
import tally.command.domain.Refusal.OrderNotPicked;
import tally.command.domain.Refusal.UnknownOrder;
import tally.command.domain.Refusal.UnknownProduct;
import tally.events.OrderEvent;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.StoredEvent;

/**
 * One order's life: placed, then cancelled or shipped. Its stock is not here: reservations and
 * picks are the products' ({@link Product}), so placing and shipping consult the products of its
 * lines, read-only, as the writer holds them.
 */
public final class Order implements Aggregate {
    private enum Stage { NOT_PLACED, OPEN, CANCELLED, SHIPPED }

    private final String orderId;
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<OrderEvent> recorded = new ArrayList<>();
    private Stage stage = Stage.NOT_PLACED;
    private long version;

    public Order(String orderId) {
        this.orderId = orderId;
    }

    /** The order as its stream tells it. */
    public static Order replay(String orderId, List<OrderEvent> history) {
        var order = new Order(orderId);
        history.forEach(order::on);
        return order;
    }

    /**
     * Decides a command: the events it records, already applied to this order. Throws a
     * {@link Refusal} and changes nothing when the rules say no.
     *
     * @param products the products of the order's lines, as the writer holds them (consulted,
     *                 never changed)
     */
    public List<OrderEvent> decide(OrderCommand command, Function<String, Product> products) {
        if (!command.orderId().equals(orderId)) {
            throw new IllegalArgumentException(command + " is not for order " + orderId);
        }
        recorded.clear();
        switch (command) {
            case PlaceOrder c -> place(c, products);
            case CancelOrder c -> cancel(c);
            case ShipOrder _ -> ship(products);
            case RecordAllocation c -> recordAllocation(c);
        }
        return List.copyOf(recorded);
    }

    void place(PlaceOrder c, Function<String, Product> products) {
        if (stage != Stage.NOT_PLACED) {
            throw new OrderAlreadyPlaced(orderId);
        }
        for (OrderLine line : c.lines()) {
            if (!products.apply(line.sku()).isRegistered()) {
                throw new UnknownProduct(line.sku());
            }
        }
        record(new OrderPlaced(orderId, c.customer(), c.lines()));
    }

    void cancel(CancelOrder c) {
        requireOpen();
        record(new OrderCancelled(orderId, c.reason()));
    }

    void ship(Function<String, Product> products) {
        requireOpen();
        var missing = new ArrayList<String>();
        lines.forEach((sku, ordered) -> {
            long picked = products.apply(sku).pickedFor(orderId);
            if (picked < ordered) {
                missing.add(picked + " of " + ordered + " " + sku + " picked");
            }
        });
        if (!missing.isEmpty()) {
            throw new OrderNotPicked(orderId, String.join(", ", missing));
        }
        record(new OrderShipped(orderId));
    }

    /**
     * An allocation decided for an order that has since been cancelled or shipped is recorded
     * nowhere: the allocation learns of the cancel further on in the log and releases.
     */
    void recordAllocation(RecordAllocation c) {
        if (stage == Stage.NOT_PLACED) {
            throw new UnknownOrder(orderId);
        }
        if (stage == Stage.OPEN) {
            record(new OrderAllocated(orderId, c.lines()));
        }
    }

    /** Refuses what only an open order may do: unknown, cancelled and shipped ones. */
    void requireOpen() {
        switch (stage) {
            case NOT_PLACED -> throw new UnknownOrder(orderId);
            case CANCELLED -> throw new OrderClosed(orderId, "is cancelled");
            case SHIPPED -> throw new OrderClosed(orderId, "has shipped");
            case OPEN -> {
                // may go on
            }
        }
    }

    public String orderId() {
        return orderId;
    }

    @Override
    public String stream() {
        return StoredEvent.streamOfOrder(orderId);
    }

    @Override
    public long version() {
        return version;
    }

    /** Placed, and neither cancelled nor shipped. */
    public boolean isOpen() {
        return stage == Stage.OPEN;
    }

    /** Its lines, sku to quantity ordered, in the order placed; empty before it is placed. */
    public Map<String, Integer> lines() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    private void record(OrderEvent event) {
        on(event);
        recorded.add(event);
    }

    private void on(OrderEvent event) {
        switch (event) {
            case OrderPlaced e -> {
                stage = Stage.OPEN;
                e.lines().forEach(line -> lines.put(line.sku(), line.quantity()));
            }
            case OrderAllocated _ -> {
                // what the allocation decided changes nothing an order's own rules look at
            }
            case OrderCancelled _ -> stage = Stage.CANCELLED;
            case OrderShipped _ -> stage = Stage.SHIPPED;
        }
        version++;
    }

    /** The order a product's command for {@code orderId} is decided with: it must be that one. */
    static Order given(String orderId, Order order) {
        if (order == null || !order.orderId().equals(orderId)) {
            throw new IllegalArgumentException("deciding for order " + orderId + " needs it");
        }
        return order;
    }
}
