package tally.query.orders;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.query.engine.keyed.KeyedProjection;
import tally.query.engine.keyed.KeyedTable;

/**
 * The {@code orders} read model: each order's status and lines, from its own stream, and what is
 * reserved for it where, from the products' streams (a reservation is a product's event, since it
 * changes what the product may give). The line figures follow docs/api.md: reserved grows by
 * what the allocation decided and shrinks by picks, cuts and releases.
 */
@Singleton
@Order(4)
final class OrdersProjection extends KeyedProjection<OrderState> {
    static final String NAME = "orders";
    private static final int CACHED_ORDERS = 20_000;
    private static final KeyedTable TABLE = new KeyedTable("orders",
            "SELECT customer, placed_at, placed_position, version, status, line_figures,"
                    + " reservations FROM orders WHERE order_id = ?",
            "MERGE INTO orders (order_id, customer, status, version, placed_at, placed_position,"
                    + " line_count, line_figures, reservations) KEY (order_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "SELECT customer, placed_at, placed_position, version, status, line_figures,"
                    + " reservations, order_id FROM orders");

    OrdersProjection() {
        super(NAME, TABLE, CACHED_ORDERS);
    }

    @Override
    protected void addKeys(TallyEvent event, Set<String> keys) {
        String orderId = orderOf(event);
        if (orderId != null) {
            keys.add(orderId);
        }
    }

    /** The order an event concerns, or null for a product's events that concern none. */
    private static String orderOf(TallyEvent event) {
        return switch (event) {
            case OrderEvent e -> e.orderId();
            case InventoryEvent e -> switch (e) {
                case StockReserved r -> r.orderId();
                case ReservationReleased r -> r.orderId();
                case ReservationReduced r -> r.orderId();
                case ReservedStockPicked p -> p.orderId();
                case ProductRegistered _, ProductRenamed _, ReorderPointChanged _,
                     StockReceived _, StockMoved _, StockPicked _, StockAdjusted _,
                     InventoryEvent.BarcodeAssigned _, InventoryEvent.BarcodeUnassigned _ -> null;
            };
            case LocationEvent _ -> null;
        };
    }

    @Override
    protected void fold(StoredEvent stored, Map<String, OrderState> orders) {
        String orderId = orderOf(stored.event());
        if (orderId == null) {
            return;
        }
        OrderState order = switch (stored.event()) {
            case OrderPlaced p -> placing(orders, p, stored);
            case OrderEvent e -> placed(orders, orderId).onOrder(e, stored.version());
            case InventoryEvent e -> placed(orders, orderId).onProduct(e);
            case LocationEvent _ -> throw new IllegalStateException("a bin's event concerns no"
                    + " order");
        };
        order.changed = true;
    }

    private static OrderState placing(Map<String, OrderState> orders, OrderPlaced p,
                                      StoredEvent stored) {
        if (orders.containsKey(p.orderId())) {
            throw new IllegalStateException("order " + p.orderId() + " placed twice");
        }
        var order = new OrderState(p.orderId(), p.customer(), stored.occurredAt(),
                stored.position());
        for (OrderLine line : p.lines()) {
            order.update(LineFigures.placed(line.sku(), line.quantity()));
        }
        order.version = stored.version();
        orders.put(p.orderId(), order);
        return order;
    }

    private static OrderState placed(Map<String, OrderState> orders, String orderId) {
        OrderState order = orders.get(orderId);
        if (order == null) {
            throw new IllegalStateException("order " + orderId + ", never placed");
        }
        return order;
    }

    @Override
    protected Change liveChange(OrderState order, long position) {
        return new Change("order", order.asView(position));
    }

    @Override
    protected OrderState read(String orderId, ResultSet row) throws SQLException {
        if (row == null) {
            return null; // placed by its first event, or refused as never placed
        }
        return OrderState.fromRow(orderId, row.getString(1), row.getObject(2, Instant.class),
                row.getLong(3), row.getLong(4), OrderStatus.valueOf(row.getString(5)),
                row.getString(6), row.getString(7));
    }

    @Override
    protected void bind(PreparedStatement merge, OrderState o) throws SQLException {
        merge.setString(1, o.orderId);
        merge.setString(2, o.customer);
        merge.setString(3, o.status().name());
        merge.setLong(4, o.version);
        merge.setObject(5, o.placedAt);
        merge.setLong(6, o.placedPosition);
        merge.setInt(7, o.lines.size());
        merge.setString(8, OrderRowText.lines(o.lines.values()));
        merge.setString(9, OrderRowText.spots(o.reservations));
    }
}
