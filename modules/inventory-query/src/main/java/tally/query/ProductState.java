package tally.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.query.Answers.LocationQuantity;
import tally.query.Answers.StockItem;

/** One product of the {@code stock} read model while a batch is folded in memory. */
final class ProductState {
    final String sku;
    String name;
    int reorderPoint;
    long version;
    boolean changed;
    final Map<String, Long> quantities = new TreeMap<>();

    ProductState(String sku, String name, int reorderPoint, long version) {
        this.sku = sku;
        this.name = name;
        this.reorderPoint = reorderPoint;
        this.version = version;
    }

    /** A copy to fold into, with nothing marked changed. */
    ProductState copy() {
        var copy = new ProductState(sku, name, reorderPoint, version);
        copy.quantities.putAll(quantities);
        return copy;
    }

    void add(String location, long quantity) {
        set(location, quantities.getOrDefault(location, 0L) + quantity);
    }

    /** A location whose quantity falls to 0 no longer appears under the product (API.md). */
    void set(String location, long quantity) {
        if (quantity == 0) {
            quantities.remove(location);
        } else {
            quantities.put(location, quantity);
        }
    }

    long onHand() {
        long sum = 0;
        for (long q : quantities.values()) {
            sum += q;
        }
        return sum;
    }

    StockItem asItem(long position) {
        List<LocationQuantity> locations = quantities.entrySet().stream()
                .map(e -> new LocationQuantity(e.getKey(), e.getValue())).toList();
        long onHand = onHand();
        return new StockItem(position, sku, name, onHand, reorderPoint, onHand < reorderPoint,
                version, locations);
    }
}
