package tally.query.locations;

import java.util.HashMap;
import java.util.Map;
import tally.query.Quantities;
import tally.query.engine.keyed.KeyedState;
import tally.query.locations.LocationAnswers.LocationView;

/**
 * One location of the {@code locations} read model while a batch is folded, or a held copy of
 * it for the queries. A location may hold a thousand SKUs, so a batch neither copies nor sorts
 * them: it notes its changes beside the committed quantities, which change only once the batch
 * has committed ({@link #committed}), and holds them for the queries laid over the copy the
 * batch before held ({@link HeldItems}).
 */
final class LocationState implements KeyedState<LocationState> {
    final String location;
    // A folded state's: the quantities as committed, shared with the states folded from it.
    private final Map<String, Long> committed;
    private final Map<String, Long> changes;
    private int skus;
    private long units;
    // A folded state's: what the last committed batch held, if known; a held copy's: its items.
    private HeldItems held;
    private boolean heldThisBatch;
    // A state read from the database and held as it is: its items, made on the first query.
    private volatile HeldItems loaded;

    LocationState(String location, HashMap<String, Long> committed) {
        this.location = location;
        this.committed = committed;
        this.changes = new HashMap<>();
        for (long q : committed.values()) {
            units += q;
            skus++;
        }
    }

    private LocationState(LocationState from, HeldItems held) {
        this.location = from.location;
        this.committed = from.committed;
        this.changes = new HashMap<>();
        this.skus = from.skus;
        this.units = from.units;
        this.held = held;
    }

    private LocationState(String location, int skus, long units, HeldItems items) {
        this.location = location;
        this.committed = Map.of();
        this.changes = Map.of();
        this.skus = skus;
        this.units = units;
        this.held = items;
    }

    /** A state to fold into, sharing the committed quantities, with no changes yet. */
    @Override
    public LocationState toFold() {
        return new LocationState(this, held);
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
        return new LocationState(this, held);
    }

    /**
     * A frozen copy for the queries: this batch's changes over the copy the last batch held, or
     * a whole copy when that is unknown or the layers are deep enough. Called once per batch,
     * after the fold; the changes are not changed afterwards.
     */
    @Override
    public LocationState held() {
        HeldItems items = held == null ? null : held.over(changes);
        held = items != null ? items : wholeNow(); // what committed() passes on
        heldThisBatch = true;
        return new LocationState(location, skus, units, held);
    }

    private HeldItems wholeNow() {
        var now = new HashMap<String, Long>(committed);
        changes.forEach((sku, quantity) -> {
            if (quantity == 0) {
                now.remove(sku);
            } else {
                now.put(sku, quantity);
            }
        });
        return HeldItems.whole(now);
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

    /** A held copy (or a state read and held as it is) as a location's answer. */
    LocationView heldView(long position) {
        HeldItems items = held;
        if (items == null) { // read from the database and held: its map never changes
            items = loaded;
            if (items == null) {
                items = HeldItems.whole(committed);
                loaded = items;
            }
        }
        return new LocationView(position, location, items.sorted());
    }

    /** A folded state as the live stream tells it: sorted once for it and the queries. */
    LocationView asView(long position) {
        HeldItems items = heldThisBatch ? held : wholeNow();
        return new LocationView(position, location, items.sorted());
    }
}
