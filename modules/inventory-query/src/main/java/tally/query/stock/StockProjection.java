package tally.query.stock;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.query.Quantities;
import tally.query.engine.keyed.KeyedProjection;
import tally.query.engine.keyed.KeyedTable;

/**
 * The {@code stock} read model: products, their stock in total and per location, and what of it
 * is reserved for orders (reserved units stay where they are until picked).
 */
@Singleton
@Order(1)
final class StockProjection extends KeyedProjection<ProductState> {
    static final String NAME = "stock";
    private static final int CACHED_PRODUCTS = 20_000;
    private static final KeyedTable TABLE = new KeyedTable("stock_products",
            "SELECT name, reorder_point, version, locations, reservations FROM stock_products"
                    + " WHERE sku = ?",
            "MERGE INTO stock_products (sku, name, reorder_point, on_hand, version, locations,"
                    + " reserved, reservations) KEY (sku) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            "SELECT name, reorder_point, version, locations, reservations, sku"
                    + " FROM stock_products");

    StockProjection() {
        super(NAME, TABLE, CACHED_PRODUCTS);
    }

    @Override
    protected void addKeys(TallyEvent event, Set<String> keys) {
        if (event instanceof InventoryEvent e) {
            keys.add(e.sku());
        }
    }

    @Override
    protected void fold(StoredEvent stored, Map<String, ProductState> products) {
        if (!(stored.event() instanceof InventoryEvent event)) {
            return; // an order's own events hold no stock
        }
        ProductState p = switch (event) {
            case ProductRegistered r -> registering(products, r);
            case InventoryEvent.ProductRenamed r -> registered(products, r.sku()).named(r.name());
            case InventoryEvent.ReorderPointChanged r -> registered(products, r.sku())
                    .reorderingAt(r.reorderPoint());
            // a barcode changes no figure, only the stream's version the row carries
            case InventoryEvent.BarcodeAssigned b -> registered(products, b.sku());
            case InventoryEvent.BarcodeUnassigned b -> registered(products, b.sku());
            case StockReceived r -> registered(products, r.sku()).add(r.location(), r.quantity());
            case StockMoved m -> registered(products, m.sku())
                    .add(m.from(), -m.quantity()).add(m.to(), m.quantity());
            case StockPicked k -> registered(products, k.sku()).add(k.location(), -k.quantity());
            case StockAdjusted a -> registered(products, a.sku())
                    .set(a.location(), a.countedQuantity());
            // Of the reservation events only a pick for an order takes units away.
            case ReservedStockPicked k -> registered(products, k.sku())
                    .add(k.location(), -k.quantity()).reserve(k.location(), -k.quantity());
            case StockReserved r -> registered(products, r.sku())
                    .reserve(r.location(), r.quantity());
            case ReservationReleased r -> registered(products, r.sku())
                    .reserve(r.location(), -r.quantity());
            case ReservationReduced r -> registered(products, r.sku())
                    .reserve(r.location(), -r.quantity());
        };
        p.version = stored.version();
        p.changed = true;
    }

    private static ProductState registering(Map<String, ProductState> products,
                                            ProductRegistered r) {
        ProductState p = products.computeIfAbsent(r.sku(),
                sku -> new ProductState(sku, r.name(), 0, 0));
        p.name = r.name();
        p.reorderPoint = r.reorderPoint();
        return p;
    }

    private static ProductState registered(Map<String, ProductState> products, String sku) {
        ProductState p = products.get(sku);
        if (p == null) {
            throw new IllegalStateException("stock of " + sku + ", a product never registered");
        }
        return p;
    }

    @Override
    protected Change liveChange(ProductState product, long position) {
        return new Change("stock", product.asItem(position));
    }

    @Override
    protected ProductState read(String sku, ResultSet row) throws SQLException {
        if (row == null) {
            return null; // registered by its first event, or refused as never registered
        }
        var p = new ProductState(sku, row.getString(1), row.getInt(2), row.getLong(3));
        Quantities.read(row.getString(4), p.quantities);
        Quantities.read(row.getString(5), p.reservations);
        return p;
    }

    @Override
    protected void bind(PreparedStatement merge, ProductState p) throws SQLException {
        merge.setString(1, p.sku);
        merge.setString(2, p.name);
        merge.setInt(3, p.reorderPoint);
        merge.setLong(4, p.onHand());
        merge.setLong(5, p.version);
        merge.setString(6, Quantities.write(p.quantities));
        merge.setLong(7, p.reserved());
        merge.setString(8, Quantities.write(p.reservations));
    }
}
