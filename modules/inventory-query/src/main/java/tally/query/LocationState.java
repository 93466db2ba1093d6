package tally.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.query.Answers.LocationView;
import tally.query.Answers.SkuQuantity;

/**
 * One location of the {@code locations} read model while a batch is folded. A location may hold
 * a thousand SKUs, so a batch neither copies nor sorts them: it notes its changes beside the
 * committed quantities, which change only once the batch has committed ({@link #sealed}).
 */
final class LocationState {
    final String location;
    private final Map<String, Long> committed;
    final Map<String, Long> changed = new HashMap<>();
    private int skus;
    private long units;

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
    LocationState fold() {
        return new LocationState(this);
    }

    /** Its transaction committed: the changes become the committed quantities. */
    LocationState sealed() {
        changed.forEach((sku, quantity) -> {
            if (quantity == 0) {
                committed.remove(sku);
            } else {
                committed.put(sku, quantity);
            }
        });
        return new LocationState(this);
    }

    void add(String sku, long quantity) {
        set(sku, quantityOf(sku) + quantity);
    }

    void set(String sku, long quantity) {
        long before = quantityOf(sku);
        units += quantity - before;
        skus += (quantity != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
        changed.put(sku, quantity);
    }

    long quantityOf(String sku) {
        Long q = changed.get(sku);
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
            if (!changed.containsKey(sku)) {
                Quantities.append(text, sku, quantity);
            }
        });
        changed.forEach((sku, quantity) -> {
            if (quantity != 0) {
                Quantities.append(text, sku, quantity);
            }
        });
        return text.toString();
    }

    LocationView asView(long position) {
        var now = new TreeMap<>(committed);
        changed.forEach((sku, quantity) -> {
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
