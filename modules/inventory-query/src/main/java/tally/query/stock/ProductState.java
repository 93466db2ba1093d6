package tally.query.stock;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.query.engine.keyed.KeyedState;
import tally.query.stock.StockAnswers.LocationQuantity;
import tally.query.stock.StockAnswers.StockItem;

/** One product of the {@code stock} read model while a batch is folded in memory. */
final class ProductState implements KeyedState<ProductState> {
    final String sku;
    String name;
    int reorderPoint;
    long version;
    boolean changed;
    final Map<String, Long> quantities = new TreeMap<>();
    /** Units reserved for orders per location; a location with none is left out. */
    final Map<String, Long> reservations = new TreeMap<>();

    ProductState(String sku, String name, int reorderPoint, long version) {
        this.sku = sku;
        this.name = name;
        this.reorderPoint = reorderPoint;
        this.version = version;
    }

    /** A copy to fold into, with nothing marked changed. */
    @Override
    public ProductState toFold() {
        var copy = new ProductState(sku, name, reorderPoint, version);
        copy.quantities.putAll(quantities);
        copy.reservations.putAll(reservations);
        return copy;
    }

    @Override
    public boolean changed() {
        return changed;
    }

    /**
     * Itself, to cache and to hold for the queries: nothing folds into a state once its batch
     * is applied (the next batch folds into a {@link #toFold} copy), so a second and third copy
     * per product per batch, most of this read model's allocation, bought nothing.
     */
    @Override
    public ProductState committed() {
        return this;
    }

    /** Product care: the name the product goes by from now on. */
    ProductState named(String newName) {
        name = newName;
        return this;
    }

    /** Product care: the level below which the product counts as running low from now on. */
    ProductState reorderingAt(int newReorderPoint) {
        reorderPoint = newReorderPoint;
        return this;
    }

    ProductState add(String location, long quantity) {
        return set(location, quantities.getOrDefault(location, 0L) + quantity);
    }

    /** A location whose quantity falls to 0 no longer appears under the product (docs/api.md). */
    ProductState set(String location, long quantity) {
        if (quantity == 0) {
            quantities.remove(location);
        } else {
            quantities.put(location, quantity);
        }
        return this;
    }

    /** Reserves ({@code quantity} > 0) or frees (< 0) units at a location for an order. */
    ProductState reserve(String location, long quantity) {
        long now = reservations.getOrDefault(location, 0L) + quantity;
        if (now == 0) {
            reservations.remove(location);
        } else {
            reservations.put(location, now);
        }
        return this;
    }

    long onHand() {
        return sum(quantities);
    }

    long reserved() {
        return sum(reservations);
    }

    private static long sum(Map<String, Long> quantities) {
        long sum = 0;
        for (long q : quantities.values()) {
            sum += q;
        }
        return sum;
    }

    StockItem asItem(long position) {
        List<LocationQuantity> locations = LocationQuantity.of(quantities, reservations);
        long onHand = onHand();
        long reserved = reserved();
        return new StockItem(position, sku, name, onHand, reserved, onHand - reserved,
                reorderPoint, onHand < reorderPoint, version, locations);
    }
}
