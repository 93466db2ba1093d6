package tally.query.locations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.query.Quantities;
import tally.query.engine.keyed.KeyedState;
import tally.query.locations.LocationAnswers.LocationView;
import tally.query.locations.LocationAnswers.SkuQuantity;

/**
 * One location of the {@code locations} read model while a batch is folded. A location may hold
 * a thousand SKUs, so a batch neither copies nor sorts them: it notes its changes beside the
 * committed quantities, which change only once the batch has committed ({@link #committed}).
 */
final class LocationState implements KeyedState<LocationState> {
    final String location;
    private final Map<String, Long> committed;
    private final Map<String, Long> changes = new HashMap<>();
    private int skus;
    private long units;
    // A held copy's items in SKU order, sorted on the first query: nothing changes a held copy.
    private volatile List<SkuQuantity> heldItems;

    LocationState(String location, HashMap<String, Long> committed) {
        this.location = location;
        this.committed = committed;
        for (long q : committed.values()) {
            units += q;
            skus++;
        }
    }

    private LocationState(LocationState from) {
        this.location = from.location;
        this.committed = from.committed;
        this.skus = from.skus;
        this.units = from.units;
    }

    /** A state to fold into, sharing the committed quantities, with no changes yet. */
    @Override
    public LocationState toFold() {
        return new LocationState(this);
    }

    @Override
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** Its transaction committed: the changes become the committed quantities. */
    @Override
    public LocationState committed() {
        changes.forEach((sku, quantity) -> {
            if (quantity == 0) {
                committed.remove(sku);
            } else {
                committed.put(sku, quantity);
            }
        });
        return new LocationState(this);
    }

    /** A frozen copy for the queries: its own quantities, which nothing changes afterwards. */
    @Override
    public LocationState held() {
        var now = new HashMap<String, Long>(committed);
        changes.forEach((sku, quantity) -> {
            if (quantity == 0) {
                now.remove(sku);
            } else {
                now.put(sku, quantity);
            }
        });
        return new LocationState(location, now);
    }

    void add(String sku, long quantity) {
        set(sku, quantityOf(sku) + quantity);
    }

    void set(String sku, long quantity) {
        long before = quantityOf(sku);
        units += quantity - before;
        skus += (quantity != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
        changes.put(sku, quantity);
    }

    long quantityOf(String sku) {
        Long q = changes.get(sku);
        return q != null ? q : committed.getOrDefault(sku, 0L);
    }

    int skus() {
        return skus;
    }

    long units() {
        return units;
    }

    /** The row's {@code items} as they stand after this batch, in no particular order. */
    String items() {
        var text = new StringBuilder(skus * 14);
        committed.forEach((sku, quantity) -> {
            if (!changes.containsKey(sku)) {
                Quantities.append(text, sku, quantity);
            }
        });
        changes.forEach((sku, quantity) -> {
            if (quantity != 0) {
                Quantities.append(text, sku, quantity);
            }
        });
        return text.toString();
    }

    /** {@link #asView} of a held copy ({@link #held}), its items sorted once for all queries. */
    LocationView heldView(long position) {
        List<SkuQuantity> items = heldItems;
        if (items == null) {
            items = asView(position).items();
            heldItems = items;
        }
        return new LocationView(position, location, items);
    }

    LocationView asView(long position) {
        var now = new TreeMap<>(committed);
        changes.forEach((sku, quantity) -> {
            if (quantity == 0) {
                now.remove(sku);
            } else {
                now.put(sku, quantity);
            }
        });
        List<SkuQuantity> items = now.entrySet().stream()
                .map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList();
        return new LocationView(position, location, items);
    }
}
