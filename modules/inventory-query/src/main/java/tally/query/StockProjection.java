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
    private static final int CACHED_PRODUCTS = 20_000;

    private final StateCache<ProductState> cache =
            new StateCache<>(CACHED_PRODUCTS, ProductState::copy, ProductState::copy);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear(Connection c) throws SQLException {
        cache.clear();
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM stock_products");
        }
    }

    @Override
    public List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
            throws SQLException {
        Map<String, ProductState> products =
                cache.statesOf(skusOf(events), keys -> load(c, keys));
        for (int i = 0; i < events.size(); i++) {
            try {
                on(products, events.get(i));
            } catch (RuntimeException e) {
                throw new EventFailed(i, events.get(i), e);
            }
        }
        List<ProductState> changed = products.values().stream().filter(p -> p.changed).toList();
        save(c, changed);
        cache.written(products);
        if (!describe) {
            return List.of();
        }
        long position = events.get(events.size() - 1).position();
        var changes = new ArrayList<Change>(changed.size());
        for (ProductState p : changed) {
            changes.add(new Change("stock", p.asItem(position)));
        }
        return changes;
    }

    @Override
    public void settled(boolean committed) {
        cache.settled(committed);
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

    /**
     * One lookup per product, by primary key: H2 checks {@code = ANY(?)} against each row it
     * finds by scanning the whole array, which grows with the square of the batch.
     */
    private static Map<String, ProductState> load(Connection c, Set<String> skus)
            throws SQLException {
        var products = new LinkedHashMap<String, ProductState>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, reorder_point, version,"
                + " locations FROM stock_products WHERE sku = ?")) {
            for (String sku : skus) {
                ps.setString(1, sku);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        var p = new ProductState(sku, rs.getString(1), rs.getInt(2), rs.getLong(3));
                        Quantities.read(rs.getString(4), p.quantities);
                        products.put(sku, p);
                    }
                }
            }
        }
        return products;
    }

    private static void save(Connection c, List<ProductState> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO stock_products (sku, name,"
                + " reorder_point, on_hand, version, locations) KEY (sku)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ProductState p : changed) {
                ps.setString(1, p.sku);
                ps.setString(2, p.name);
                ps.setInt(3, p.reorderPoint);
                ps.setLong(4, p.onHand());
                ps.setLong(5, p.version);
                ps.setString(6, Quantities.write(p.quantities));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
