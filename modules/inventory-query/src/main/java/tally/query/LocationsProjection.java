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
import java.util.HashMap;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;

/**
 * The {@code locations} read model: what lies where. It folds the same events as {@code stock}
 * into its own tables, so each read model can lag, fail or be rebuilt on its own.
 */
final class LocationsProjection implements Projection {
    static final String NAME = "locations";
    private static final int CACHED_LOCATIONS = 20_000;

    private final StateCache<LocationState> cache =
            new StateCache<>(CACHED_LOCATIONS, LocationState::fold, LocationState::sealed);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear(Connection c) throws SQLException {
        cache.clear();
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM locations");
        }
    }

    @Override
    public List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
            throws SQLException {
        Map<String, LocationState> locations =
                cache.statesOf(locationsOf(events), keys -> load(c, keys));
        for (int i = 0; i < events.size(); i++) {
            try {
                on(locations, events.get(i).event());
            } catch (RuntimeException e) {
                throw new EventFailed(i, events.get(i), e);
            }
        }
        List<LocationState> changed = locations.values().stream()
                .filter(l -> !l.changed.isEmpty()).toList();
        save(c, changed);
        cache.written(locations);
        if (!describe) {
            return List.of();
        }
        long position = events.get(events.size() - 1).position();
        var changes = new ArrayList<Change>(changed.size());
        for (LocationState l : changed) {
            changes.add(new Change("location", l.asView(position)));
        }
        return changes;
    }

    @Override
    public void settled(boolean committed) {
        cache.settled(committed);
    }

    private static void on(Map<String, LocationState> locations, InventoryEvent e) {
        if (e instanceof ProductRegistered) {
            return; // a product without stock lies nowhere yet
        } else if (e instanceof StockReceived r) {
            locations.get(r.location()).add(r.sku(), r.quantity());
        } else if (e instanceof StockMoved m) {
            locations.get(m.from()).add(m.sku(), -m.quantity());
            locations.get(m.to()).add(m.sku(), m.quantity());
        } else if (e instanceof StockPicked p) {
            locations.get(p.location()).add(p.sku(), -p.quantity());
        } else if (e instanceof StockAdjusted a) {
            locations.get(a.location()).set(a.sku(), a.countedQuantity());
        } else {
            throw new IllegalStateException("unhandled " + e);
        }
    }

    /** The locations an event touches; the instanceof chain above must agree with this one. */
    static List<String> touched(InventoryEvent e) {
        if (e instanceof StockReceived r) {
            return List.of(r.location());
        } else if (e instanceof StockMoved m) {
            return List.of(m.from(), m.to());
        } else if (e instanceof StockPicked p) {
            return List.of(p.location());
        } else if (e instanceof StockAdjusted a) {
            return List.of(a.location());
        }
        return List.of();
    }

    private static Set<String> locationsOf(List<StoredEvent> events) {
        var names = new LinkedHashSet<String>();
        events.forEach(e -> names.addAll(touched(e.event())));
        return names;
    }

    /** One lookup per location, by primary key (see {@code StockProjection.load}). */
    private static Map<String, LocationState> load(Connection c, Set<String> names)
            throws SQLException {
        var locations = new LinkedHashMap<String, LocationState>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT items FROM locations WHERE location = ?")) {
            for (String name : names) {
                var quantities = new HashMap<String, Long>();
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Quantities.read(rs.getString(1), quantities);
                    }
                }
                locations.put(name, new LocationState(name, quantities));
            }
        }
        return locations;
    }

    /** Writes each changed location whole. */
    private static void save(Connection c, List<LocationState> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO locations"
                + " (location, skus, units, items) KEY (location) VALUES (?, ?, ?, ?)")) {
            for (LocationState l : changed) {
                ps.setString(1, l.location);
                ps.setInt(2, l.skus());
                ps.setLong(3, l.units());
                ps.setString(4, l.items());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
