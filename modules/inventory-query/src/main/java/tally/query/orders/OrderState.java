package tally.query.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ProductRenamed;
import tally.events.InventoryEvent.ReorderPointChanged;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.query.engine.keyed.KeyedState;
import tally.query.orders.OrderAnswers.OrderView;
import tally.query.orders.OrderAnswers.PickItem;
import tally.query.orders.OrderAnswers.PickList;

/** One order of the {@code orders} read model while a batch is folded in memory. */
final class OrderState implements KeyedState<OrderState> {
    final String orderId;
    final String customer;
    final Instant placedAt;
    final long placedPosition;
    long version;
    /** Whether the allocation has answered the order (with its first OrderAllocated). */
    boolean answered;
    /** SHIPPED or CANCELLED once the order is closed, null while it is open. */
    OrderStatus closed;
    boolean changed;
    /** Its lines by SKU, in the order placed. */
    final Map<String, LineFigures> lines = new LinkedHashMap<>();
    /** What is reserved for it and not yet picked, in walk order: its pick list. */
    final Map<PickSpot, Long> reservations = new TreeMap<>();

    OrderState(String orderId, String customer, Instant placedAt, long placedPosition) {
        this.orderId = orderId;
        this.customer = customer;
        this.placedAt = placedAt;
        this.placedPosition = placedPosition;
    }

    /** A copy to fold into, with nothing marked changed. */
    @Override
    public OrderState toFold() {
        var copy = new OrderState(orderId, customer, placedAt, placedPosition);
        copy.version = version;
        copy.answered = answered;
        copy.closed = closed;
        copy.lines.putAll(lines);
        copy.reservations.putAll(reservations);
        return copy;
    }

    @Override
    public boolean changed() {
        return changed;
    }

    /** A copy to cache, so that folding into this one later cannot touch the cached one. */
    @Override
    public OrderState committed() {
        return toFold();
    }

    OrderStatus status() {
        if (closed != null) {
            return closed;
        }
        return answered ? OrderStatus.ofOpen(lines.values()) : OrderStatus.PLACED;
    }

    /** An order as its row keeps it; the row's status says what the lines cannot. */
    static OrderState fromRow(String orderId, String customer, Instant placedAt,
                              long placedPosition, long version, OrderStatus status,
                              String lineFigures, String reservations) {
        var order = new OrderState(orderId, customer, placedAt, placedPosition);
        order.version = version;
        order.answered = status != OrderStatus.PLACED;
        order.closed = status == OrderStatus.SHIPPED || status == OrderStatus.CANCELLED
                ? status : null;
        OrderRowText.readLines(lineFigures, order.lines);
        OrderRowText.readSpots(reservations, order.reservations);
        return order;
    }

    /** Folds one of the order's own events; {@code version} is its stream's after it. */
    OrderState onOrder(OrderEvent event, long version) {
        switch (event) {
            case OrderPlaced p -> throw new IllegalStateException("order " + p.orderId()
                    + " placed twice");
            case OrderAllocated a -> {
                for (LineAllocation l : a.lines()) {
                    update(line(l.sku()).allocated(l.reserved(), l.backordered()));
                }
                answered = true;
            }
            // A closed order keeps its status; units released after it still leave its lines.
            case OrderCancelled _ -> closed = OrderStatus.CANCELLED;
            case OrderShipped _ -> closed = OrderStatus.SHIPPED;
        }
        this.version = version;
        return this;
    }

    /** Folds a product's event that names this order: its reservations and picks. */
    OrderState onProduct(InventoryEvent event) {
        switch (event) {
            case StockReserved r -> reserve(r.location(), r.sku(), r.quantity());
            case ReservationReleased r -> {
                reserve(r.location(), r.sku(), -r.quantity());
                update(line(r.sku()).unreserved(r.quantity()));
            }
            case ReservationReduced r -> {
                reserve(r.location(), r.sku(), -r.quantity());
                update(line(r.sku()).unreserved(r.quantity()));
            }
            case ReservedStockPicked p -> {
                reserve(p.location(), p.sku(), -p.quantity());
                update(line(p.sku()).afterPick(p.quantity()));
            }
            case ProductRegistered _, ProductRenamed _, ReorderPointChanged _, StockReceived _,
                 StockMoved _, StockPicked _, StockAdjusted _, InventoryEvent.BarcodeAssigned _,
                 InventoryEvent.BarcodeUnassigned _ -> throw new IllegalStateException(
                    event.getClass().getSimpleName() + " concerns no order");
        }
        return this;
    }

    LineFigures line(String sku) {
        LineFigures line = lines.get(sku);
        if (line == null) {
            throw new IllegalStateException("order " + orderId + " has no line of " + sku);
        }
        return line;
    }

    void update(LineFigures line) {
        lines.put(line.sku(), line);
    }

    /** Reserves ({@code quantity} > 0) or frees (< 0) units of a SKU at a location. */
    void reserve(String location, String sku, long quantity) {
        line(sku);
        var spot = new PickSpot(location, sku);
        long now = reservations.getOrDefault(spot, 0L) + quantity;
        if (now == 0) {
            reservations.remove(spot);
        } else {
            reservations.put(spot, now);
        }
    }

    OrderView asView(long position) {
        return new OrderView(position, orderId, customer, status(), version,
                placedAt.toString(), List.copyOf(lines.values()));
    }

    PickList asPickList(long position) {
        var items = new ArrayList<PickItem>(reservations.size());
        reservations.forEach((spot, quantity) -> {
            if (quantity > 0) {
                items.add(new PickItem(spot.sku(), spot.location(), quantity));
            }
        });
        return new PickList(position, orderId, items);
    }
}
