package tally.query.orders;

import java.util.Comparator;

/** Where units are reserved for an order: a SKU at a location, in walk order. */
record PickSpot(String location, String sku) implements Comparable<PickSpot> {
    /** Walk order: ascending location, then SKU (as docs/api.md's pick list is sorted). */
    private static final Comparator<PickSpot> WALK = Comparator.comparing(PickSpot::location)
            .thenComparing(PickSpot::sku);

    @Override
    public int compareTo(PickSpot other) {
        return WALK.compare(this, other);
    }
}
