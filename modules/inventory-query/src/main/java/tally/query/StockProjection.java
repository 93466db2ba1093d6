package tally.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;

/** The {@code stock} read model: products, their stock in total and per location. */
final class StockProjection implements Projection {
    static final String NAME = "stock";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM stock_locations");
            s.execute("DELETE FROM stock_products");
        }
    }

    @Override
    public List<Change> apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, ProductState> products = load(c, skusOf(events));
        for (int i = 0; i < events.size(); i++) {
            try {
                on(products, events.get(i));
            } catch (RuntimeException e) {
                throw new EventFailed(i, events.get(i), e);
            }
        }
        List<ProductState> changed = products.values().stream().filter(p -> p.changed).toList();
        save(c, changed);
        long position = events.get(events.size() - 1).position();
        var changes = new ArrayList<Change>(changed.size());
        for (ProductState p : changed) {
            changes.add(new Change("stock", p.asItem(position)));
        }
        return changes;
    }

    private static void on(Map<String, ProductState> products, StoredEvent stored) {
        InventoryEvent e = stored.event();
        ProductState p;
        if (e instanceof ProductRegistered r) {
            p = products.computeIfAbsent(r.sku(), sku -> new ProductState(sku, r.name(), 0, 0));
            p.name = r.name();
            p.reorderPoint = r.reorderPoint();
        } else if (e instanceof StockReceived r) {
            p = registered(products, r.sku());
            p.add(r.location(), r.quantity());
        } else if (e instanceof StockMoved m) {
            p = registered(products, m.sku());
            p.add(m.from(), -m.quantity());
            p.add(m.to(), m.quantity());
        } else if (e instanceof StockPicked k) {
            p = registered(products, k.sku());
            p.add(k.location(), -k.quantity());
        } else if (e instanceof StockAdjusted a) {
            p = registered(products, a.sku());
            p.set(a.location(), a.countedQuantity());
        } else {
            throw new IllegalStateException("unhandled " + e);
        }
        p.version = stored.version();
        p.changed = true;
    }

    private static ProductState registered(Map<String, ProductState> products, String sku) {
        ProductState p = products.get(sku);
        if (p == null) {
            throw new IllegalStateException("stock of " + sku + ", a product never registered");
        }
        return p;
    }

    private static Set<String> skusOf(List<StoredEvent> events) {
        var skus = new LinkedHashSet<String>();
        events.forEach(e -> skus.add(e.event().sku()));
        return skus;
    }

    private static Map<String, ProductState> load(Connection c, Set<String> skus)
            throws SQLException {
        var products = new LinkedHashMap<String, ProductState>();
        Object[] keys = skus.toArray(new String[0]);
        try (PreparedStatement ps = c.prepareStatement("SELECT sku, name, reorder_point, version"
                + " FROM stock_products WHERE sku = ANY(?)")) {
            ps.setObject(1, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.put(rs.getString(1), new ProductState(rs.getString(1),
                            rs.getString(2), rs.getInt(3), rs.getLong(4)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT sku, location, quantity"
                + " FROM stock_locations WHERE sku = ANY(?)")) {
            ps.setObject(1, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.get(rs.getString(1)).quantities.put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        return products;
    }

    private static void save(Connection c, List<ProductState> changed) throws SQLException {
        try (PreparedStatement product = c.prepareStatement("MERGE INTO stock_products"
                + " (sku, name, reorder_point, on_hand, version) KEY (sku) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement put = c.prepareStatement("MERGE INTO stock_locations"
                + " (sku, location, quantity) KEY (sku, location) VALUES (?, ?, ?)");
             PreparedStatement remove = c.prepareStatement(
                     "DELETE FROM stock_locations WHERE sku = ? AND location = ?")) {
            for (ProductState p : changed) {
                product.setString(1, p.sku);
                product.setString(2, p.name);
                product.setInt(3, p.reorderPoint);
                product.setLong(4, p.onHand());
                product.setLong(5, p.version);
                product.addBatch();
                for (String location : p.changedLocations) {
                    long quantity = p.quantityAt(location);
                    PreparedStatement ps = quantity == 0 ? remove : put;
                    ps.setString(1, p.sku);
                    ps.setString(2, location);
                    if (quantity != 0) {
                        ps.setLong(3, quantity);
                    }
                    ps.addBatch();
                }
            }
            product.executeBatch();
            put.executeBatch();
            remove.executeBatch();
        }
    }
}
