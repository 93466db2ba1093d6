package tally.query;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tally.query.Answers.LocationView;
import tally.query.Answers.SkuQuantity;

/** One location of the {@code locations} read model while a batch is folded in memory. */
final class LocationState {
    final String location;
    final Map<String, Long> quantities = new TreeMap<>();
    final Set<String> changedSkus = new HashSet<>();
    boolean changed;

    LocationState(String location) {
        this.location = location;
    }

    void add(String sku, long quantity) {
        set(sku, quantities.getOrDefault(sku, 0L) + quantity);
    }

    void set(String sku, long quantity) {
        if (quantity == 0) {
            quantities.remove(sku);
        } else {
            quantities.put(sku, quantity);
        }
        changedSkus.add(sku);
        changed = true;
    }

    long quantityOf(String sku) {
        return quantities.getOrDefault(sku, 0L);
    }

    long units() {
        long sum = 0;
        for (long q : quantities.values()) {
            sum += q;
        }
        return sum;
    }

    LocationView asView(long position) {
        List<SkuQuantity> items = quantities.entrySet().stream()
                .map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList();
        return new LocationView(position, location, items);
    }
}
