package tally.query.locations;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
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
 * The {@code locations} read model: what lies where. It folds the same events as {@code stock}
 * into its own tables, so each read model can lag, fail or be rebuilt on its own.
 */
@Singleton
@Order(2)
final class LocationsProjection extends KeyedProjection<LocationState> {
    static final String NAME = "locations";
    private static final int CACHED_LOCATIONS = 20_000;
    /** Each location's row is written whole. */
    private static final KeyedTable TABLE = new KeyedTable("locations",
            "SELECT items FROM locations WHERE location = ?",
            "MERGE INTO locations (location, skus, units, items) KEY (location)"
                    + " VALUES (?, ?, ?, ?)",
            "SELECT items, location FROM locations");

    LocationsProjection() {
        super(NAME, TABLE, CACHED_LOCATIONS);
    }

    /** One effect of an event on one location, applied to {@code into}: keys, or states. */
    private interface Effect<C> {
        void add(C into, String location, String sku, long quantity);

        void set(C into, String location, String sku, long quantity);
    }

    private static final Effect<Set<String>> TOUCHES = new Effect<>() {
        @Override
        public void add(Set<String> keys, String location, String sku, long quantity) {
            keys.add(location);
        }

        @Override
        public void set(Set<String> keys, String location, String sku, long quantity) {
            keys.add(location);
        }
    };

    private static final Effect<Map<String, LocationState>> FOLDS = new Effect<>() {
        @Override
        public void add(Map<String, LocationState> states, String location, String sku,
                        long quantity) {
            states.get(location).add(sku, quantity);
        }

        @Override
        public void set(Map<String, LocationState> states, String location, String sku,
                        long quantity) {
            states.get(location).set(sku, quantity);
        }
    };

    /**
     * What an event does to the locations: the one place that reads the events, used both to
     * name the locations a batch touches and to fold it (with no allocation per event).
     */
    private static <C> void effects(TallyEvent any, Effect<C> effect, C into) {
        if (!(any instanceof InventoryEvent event)) {
            return; // an order's own events hold no stock
        }
        switch (event) {
            case ProductRegistered _ -> {
                // a product without stock lies nowhere yet
            }
            case InventoryEvent.ProductRenamed _, InventoryEvent.ReorderPointChanged _,
                 InventoryEvent.BarcodeAssigned _, InventoryEvent.BarcodeUnassigned _ -> {
                // a location lists SKUs and units, not a product's name or reorder point
            }
            case StockReceived r -> effect.add(into, r.location(), r.sku(), r.quantity());
            case StockMoved m -> {
                effect.add(into, m.from(), m.sku(), -m.quantity());
                effect.add(into, m.to(), m.sku(), m.quantity());
            }
            case StockPicked p -> effect.add(into, p.location(), p.sku(), -p.quantity());
            case StockAdjusted a -> effect.set(into, a.location(), a.sku(), a.countedQuantity());
            case ReservedStockPicked p -> effect.add(into, p.location(), p.sku(), -p.quantity());
            case StockReserved _, ReservationReleased _, ReservationReduced _ -> {
                // reservations change what may be taken, not what is there
            }
        }
    }

    @Override
    protected void addKeys(TallyEvent event, Set<String> keys) {
        effects(event, TOUCHES, keys);
    }

    @Override
    protected void fold(StoredEvent event, Map<String, LocationState> locations) {
        effects(event.event(), FOLDS, locations);
    }

    @Override
    protected Change liveChange(LocationState location, long position) {
        return new Change("location", location.asView(position));
    }

    /** A location without a row yet is an empty one: it lies in the batch's keys. */
    @Override
    protected LocationState read(String location, ResultSet row) throws SQLException {
        var quantities = new HashMap<String, Long>();
        if (row != null) {
            Quantities.read(row.getString(1), quantities);
        }
        return new LocationState(location, quantities);
    }

    @Override
    protected void bind(PreparedStatement merge, LocationState l) throws SQLException {
        merge.setString(1, l.location);
        merge.setInt(2, l.skus());
        merge.setLong(3, l.units());
        merge.setString(4, l.items());
    }
}
