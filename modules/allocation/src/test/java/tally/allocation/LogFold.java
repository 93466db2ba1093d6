package tally.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import tally.events.OrderEvent;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The tests' own reading of the log, apart from the allocation's: what each location holds and
 * has reserved, and each order line's figures as docs/api.md defines them. It checks after each
 * event that no location is reserved beyond what it holds.
 */
final class LogFold {
    /** One location of one product. */
    static final class Bin {
        int stock;
        int reserved;
    }

    /** One order line's figures. */
    static final class Figures {
        int ordered;
        int reserved;
        int picked;
        int backordered;
    }

    final Map<String, TreeMap<String, Bin>> bins = new TreeMap<>();
    final Map<String, Map<String, Figures>> orders = new TreeMap<>();
    final Map<String, Integer> decisions = new HashMap<>();
    final List<String> closed = new ArrayList<>();
    final List<String> overReserved = new ArrayList<>();
    long position;

    static LogFold of(EventStore store) {
        var fold = new LogFold();
        fold.catchUp(store);
        return fold;
    }

    void catchUp(EventStore store) {
        for (List<StoredEvent> page = store.readAll(position, 1000); !page.isEmpty();
             page = store.readAll(position, 1000)) {
            page.forEach(this::apply);
        }
        check();
    }

    void apply(StoredEvent stored) {
        // A count records its cuts in the same append, after its StockAdjusted: look before
        // every event but a cut, so that a count is judged with its cuts.
        if (!(stored.event() instanceof ReservationReduced)) {
            check();
        }
        position = stored.position();
        switch (stored.event()) {
            case InventoryEvent e -> apply(e);
            case OrderEvent e -> apply(e);
            case tally.events.LocationEvent _ -> {
                // a bin's own events move no unit
            }
        }
    }

    private void apply(InventoryEvent event) {
        switch (event) {
            case ProductRegistered _, InventoryEvent.ProductRenamed _,
                 InventoryEvent.ReorderPointChanged _, InventoryEvent.BarcodeAssigned _,
                 InventoryEvent.BarcodeUnassigned _ -> { }
            case StockReceived e -> bin(e.sku(), e.location()).stock += e.quantity();
            case StockMoved e -> {
                bin(e.sku(), e.from()).stock -= e.quantity();
                bin(e.sku(), e.to()).stock += e.quantity();
            }
            case StockPicked e -> bin(e.sku(), e.location()).stock -= e.quantity();
            case StockAdjusted e -> bin(e.sku(), e.location()).stock += e.delta();
            case StockReserved e -> bin(e.sku(), e.location()).reserved += e.quantity();
            case ReservationReleased e -> {
                bin(e.sku(), e.location()).reserved -= e.quantity();
                line(e.orderId(), e.sku()).reserved -= e.quantity();
            }
            case ReservationReduced e -> {
                bin(e.sku(), e.location()).reserved -= e.quantity();
                line(e.orderId(), e.sku()).reserved -= e.quantity();
            }
            case ReservedStockPicked e -> {
                Bin bin = bin(e.sku(), e.location());
                bin.stock -= e.quantity();
                bin.reserved -= e.quantity();
                line(e.orderId(), e.sku()).reserved -= e.quantity();
                line(e.orderId(), e.sku()).picked += e.quantity();
            }
        }
    }

    /** Every location within what it holds, as the log stands after the last whole append. */
    private void check() {
        bins.forEach((sku, locations) -> locations.forEach((location, b) -> {
            if (b.reserved > b.stock || b.reserved < 0) {
                overReserved.add(sku + "@" + location + " before " + position + ": "
                        + b.reserved + " reserved of " + b.stock);
            }
        }));
    }

    private void apply(OrderEvent event) {
        switch (event) {
            case OrderPlaced e -> {
                for (OrderLine l : e.lines()) {
                    line(e.orderId(), l.sku()).ordered = l.quantity();
                }
            }
            case OrderAllocated e -> {
                decisions.merge(e.orderId(), 1, Integer::sum);
                for (LineAllocation a : e.lines()) {
                    line(e.orderId(), a.sku()).reserved += a.reserved();
                    line(e.orderId(), a.sku()).backordered = a.backordered();
                }
            }
            case OrderCancelled e -> closed.add(e.orderId());
            case OrderShipped e -> closed.add(e.orderId());
        }
    }

    Bin bin(String sku, String location) {
        return bins.computeIfAbsent(sku, s -> new TreeMap<>())
                .computeIfAbsent(location, l -> new Bin());
    }

    Figures line(String orderId, String sku) {
        return orders.computeIfAbsent(orderId, o -> new TreeMap<>())
                .computeIfAbsent(sku, s -> new Figures());
    }

    int reservedOf(String sku) {
        return bins.getOrDefault(sku, new TreeMap<>()).values().stream()
                .mapToInt(b -> b.reserved).sum();
    }

    int stockOf(String sku) {
        return bins.getOrDefault(sku, new TreeMap<>()).values().stream()
                .mapToInt(b -> b.stock).sum();
    }

    /** Open orders whose lines do not add up: reserved + picked + backordered != ordered. */
    List<String> linesNotAddingUp() {
        var wrong = new ArrayList<String>();
        orders.forEach((orderId, lines) -> lines.forEach((sku, f) -> {
            if (!closed.contains(orderId)
                    && f.reserved + f.picked + f.backordered != f.ordered) {
                wrong.add(orderId + "/" + sku + ": " + f.reserved + "+" + f.picked + "+"
                        + f.backordered + " != " + f.ordered);
            }
        }));
        return wrong;
    }
}
