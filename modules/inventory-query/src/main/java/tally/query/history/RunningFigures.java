package tally.query.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.query.history.HistoryAnswers.LocationFigures;

/**
 * One product's quantities and reserved units per location, folded event by event from its
 * stream. Kept apart from the {@code stock} read model on purpose: the history answers from the
 * log itself, so it shows what the events say even while that read model is paused or rebuilt.
 */
final class RunningFigures {
    private final Map<String, long[]> byLocation = new TreeMap<>();

    /** Folds one event in; answers the locations it touched (none for a registration or care). */
    Set<String> apply(InventoryEvent event) {
        return switch (event) {
            case ProductRegistered _, InventoryEvent.ProductRenamed _,
                 InventoryEvent.ReorderPointChanged _, InventoryEvent.BarcodeAssigned _,
                 InventoryEvent.BarcodeUnassigned _ -> Set.of();
            case StockReceived r -> change(r.location(), r.quantity(), 0);
            case StockMoved m -> {
                change(m.from(), -m.quantity(), 0);
                change(m.to(), m.quantity(), 0);
                yield new TreeSet<>(List.of(m.from(), m.to()));
            }
            case StockPicked p -> change(p.location(), -p.quantity(), 0);
            case StockAdjusted a -> change(a.location(),
                    a.countedQuantity() - figures(a.location())[0], 0);
            case StockReserved r -> change(r.location(), 0, r.quantity());
            case ReservationReleased r -> change(r.location(), 0, -r.quantity());
            case ReservationReduced r -> change(r.location(), 0, -r.quantity());
            case ReservedStockPicked p -> change(p.location(), -p.quantity(), -p.quantity());
        };
    }

    /** The quantity at a location now (0 where nothing is). */
    long quantityAt(String location) {
        return figures(location)[0];
    }

    /** Every location holding or reserving something, by name; the rest left out. */
    List<LocationFigures> now() {
        var list = new ArrayList<LocationFigures>(byLocation.size());
        byLocation.forEach((location, f) -> list.add(new LocationFigures(location, f[0], f[1])));
        return list;
    }

    private Set<String> change(String location, long quantity, long reserved) {
        long[] f = byLocation.computeIfAbsent(location, l -> new long[2]);
        f[0] += quantity;
        f[1] += reserved;
        if (f[0] == 0 && f[1] == 0) {
            byLocation.remove(location);
        }
        return Set.of(location);
    }

    private long[] figures(String location) {
        return byLocation.getOrDefault(location, new long[2]);
    }
}
