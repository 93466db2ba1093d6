package tally.query.locations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.query.locations.LocationAnswers.SkuQuantity;

/**
 * What lies in one location as a committed batch left it, held for the queries: the batch's
 * changes laid over what the batch before left, so that holding a location costs its batch's
 * changes, not its SKUs (a bin of 200 SKUs was copied whole for every receipt; issue 15). A
 * chain is at most {@link #MOST_LAYERS} deep, then a batch holds a whole copy again. Sorted into
 * the answer's list on the first query, which also lets go of the layers below. Nothing
 * changes the maps it is given.
 */
final class HeldItems {
    static final int MOST_LAYERS = 16;
    // Null at the bottom (quantities is then the whole), or once sorted.
    private volatile HeldItems below;
    private final Map<String, Long> quantities;
    private final int layers;
    private volatile List<SkuQuantity> sorted;

    private HeldItems(HeldItems below, Map<String, Long> quantities, int layers) {
        this.below = below;
        this.quantities = quantities;
        this.layers = layers;
    }

    /** Every SKU's quantity, none of them zero; the map must not change afterwards. */
    static HeldItems whole(Map<String, Long> quantities) {
        return new HeldItems(null, quantities, 0);
    }

    /** These quantities with {@code changes} (zero: gone) over them; null when too deep. */
    HeldItems over(Map<String, Long> changes) {
        return layers + 1 >= MOST_LAYERS ? null : new HeldItems(this, changes, layers + 1);
    }

    /** The items in SKU order, as a location's answer lists them; the same list every time. */
    List<SkuQuantity> sorted() {
        List<SkuQuantity> items = sorted;
        if (items == null) {
            var now = new TreeMap<String, Long>();
            fill(now);
            items = now.entrySet().stream()
                    .map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList();
            sorted = items;
            below = null; // after sorted: a reader that sees no layer below sees the list
        }
        return items;
    }

    private void fill(TreeMap<String, Long> into) {
        HeldItems under = below;
        List<SkuQuantity> items = sorted;
        if (items != null) {
            items.forEach(i -> into.put(i.sku(), i.quantity()));
            return;
        }
        if (under != null) {
            under.fill(into);
        }
        quantities.forEach((sku, quantity) -> {
            if (quantity == 0) {
                into.remove(sku);
            } else {
                into.put(sku, quantity);
            }
        });
    }
}
