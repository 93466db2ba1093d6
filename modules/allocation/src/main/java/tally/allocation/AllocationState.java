package tally.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The allocation's whole state: the open orders, and per SKU the queue of orders waiting for it,
 * oldest first. It is changed only by the allocation's own decisions as it makes them (never by
 * folding its own events when it meets them in the log, which would apply them a second time,
 * late). It remembers which orders changed since the last save, so a save writes only those.
 */
final class AllocationState {
    private final Map<String, OpenOrder> orders = new HashMap<>();
    private final Map<String, TreeMap<Long, String>> waiting = new HashMap<>();
    private final Set<String> changed = new HashSet<>();

    OpenOrder order(String orderId) {
        return orders.get(orderId);
    }

    /** Puts the order in, replacing what was known of it, and queues its backordered lines. */
    void put(OpenOrder order) {
        remove(order.orderId());
        orders.put(order.orderId(), order);
        order.lines().forEach((sku, line) -> {
            if (line.backordered() > 0) {
                waiting.computeIfAbsent(sku, s -> new TreeMap<>())
                        .put(order.sequence(), order.orderId());
            }
        });
        changed.add(order.orderId());
    }

    /** The order is closed (cancelled or shipped): it waits for nothing any more. */
    void remove(String orderId) {
        OpenOrder old = orders.remove(orderId);
        if (old == null) {
            return;
        }
        for (String sku : old.lines().keySet()) {
            TreeMap<Long, String> queue = waiting.get(sku);
            if (queue != null) {
                queue.remove(old.sequence());
                if (queue.isEmpty()) {
                    waiting.remove(sku);
                }
            }
        }
        changed.add(orderId);
    }

    /** The orders waiting for {@code sku}, oldest first, as they stand now. */
    List<String> waitingFor(String sku) {
        TreeMap<Long, String> queue = waiting.get(sku);
        return queue == null ? List.of() : new ArrayList<>(queue.values());
    }

    /** Whether an order was put or removed since the last {@link #takeChanged}. */
    boolean hasChanges() {
        return !changed.isEmpty();
    }

    /** The ids of the orders put or removed since the last call. */
    Set<String> takeChanged() {
        Set<String> taken = Set.copyOf(changed);
        changed.clear();
        return taken;
    }

    void clear() {
        orders.clear();
        waiting.clear();
        changed.clear();
    }

    /** Every open order, by id: for tests and the rebuild's comparison. */
    Map<String, OpenOrder> orders() {
        return Map.copyOf(orders);
    }
}
