package tally.command.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product's reservations: per location, the units each order holds there and the order's age
 * (its {@code orderSequence}); and the units picked for each order. Part of {@link Product},
 * changed only by its events.
 */
final class Reservations {
    /** One order's reservation at one location. */
    record Held(String orderId, long quantity, long orderSequence) {
    }

    private final Map<String, Map<String, Held>> byLocation = new HashMap<>();
    private final Map<String, Long> totals = new HashMap<>();
    private final Map<String, Long> picked = new HashMap<>();

    /** Units reserved at a location, for every order together. */
    long at(String location) {
        return totals.getOrDefault(location, 0L);
    }

    long heldBy(String location, String orderId) {
        Held held = byLocation.getOrDefault(location, Map.of()).get(orderId);
        return held == null ? 0 : held.quantity();
    }

    /** The reservations at a location, youngest order (highest sequence) first. */
    List<Held> youngestFirst(String location) {
        var held = new ArrayList<>(byLocation.getOrDefault(location, Map.of()).values());
        held.sort(Comparator.comparingLong(Held::orderSequence).reversed());
        return held;
    }

    /** What an order holds, location by location in walk order (ascending). */
    Map<String, Long> of(String orderId) {
        var found = new TreeMap<String, Long>();
        byLocation.forEach((location, orders) -> {
            Held held = orders.get(orderId);
            if (held != null) {
                found.put(location, held.quantity());
            }
        });
        return found;
    }

    /**
     * Changes an order's reservation at a location by {@code units}; a new reservation takes
     * {@code sequence}, a later one for the same order and location keeps the first.
     */
    void add(String location, String orderId, long units, long sequence) {
        var orders = byLocation.computeIfAbsent(location, l -> new LinkedHashMap<>());
        Held held = orders.get(orderId);
        long now = (held == null ? 0 : held.quantity()) + units;
        if (now <= 0) {
            orders.remove(orderId);
            if (orders.isEmpty()) {
                byLocation.remove(location);
            }
        } else {
            orders.put(orderId, new Held(orderId, now,
                    held == null ? sequence : held.orderSequence()));
        }
        long total = at(location) + units;
        if (total <= 0) {
            totals.remove(location);
        } else {
            totals.put(location, total);
        }
    }

    long picked(String orderId) {
        return picked.getOrDefault(orderId, 0L);
    }

    void picked(String orderId, long units) {
        picked.merge(orderId, units, Long::sum);
    }
}
