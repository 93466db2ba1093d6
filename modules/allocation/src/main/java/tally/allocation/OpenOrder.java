package tally.allocation;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An order the allocation still looks after: placed and neither cancelled nor shipped. Of each
 * line it keeps what was ordered and how much is still backordered; what is reserved or picked
 * the products know. Lines are kept sorted by SKU so that every pass over them, before or after
 * a restart, issues its commands in the same order and so under the same ids.
 *
 * @param sequence the log position of the order's OrderPlaced: its place in every backorder queue
 */
record OpenOrder(String orderId, long sequence, SortedMap<String, Line> lines) {

    /** One line: units ordered, and units still waiting for stock. */
    record Line(int ordered, int backordered) {
    }

    OpenOrder {
        lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
    }

    int backordered(String sku) {
        Line line = lines.get(sku);
        return line == null ? 0 : line.backordered();
    }

    OpenOrder withBackordered(String sku, int backordered) {
        var changed = new TreeMap<>(lines);
        changed.put(sku, new Line(lines.get(sku).ordered(), backordered));
        return new OpenOrder(orderId, sequence, changed);
    }
}
