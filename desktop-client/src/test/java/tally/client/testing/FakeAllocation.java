package tally.client.testing;

import java.util.ArrayList;
import java.util.List;
import tally.client.testing.FakeOrders.Line;
import tally.client.testing.FakeOrders.Order;
import tally.client.testing.FakeWarehouse.Recorded;

/**
 * The allocation on the fake server: reacts to one recorded event at a time, as the real one
 * reads the log. It reserves {@code min(wanted, available)} per line in walk order (ascending
 * location), backorders the rest, fills backorders oldest order first when stock comes free,
 * releases a cancelled order's units and reserves elsewhere what a count cut.
 */
final class FakeAllocation {
    static final String USER = "system:allocation";
    private final FakeWarehouse warehouse;
    private final FakeOrders orders;

    FakeAllocation(FakeWarehouse warehouse, FakeOrders orders) {
        this.warehouse = warehouse;
        this.orders = orders;
    }

    List<Recorded> react(Recorded r) {
        String was = warehouse.user;
        warehouse.user = USER;
        try {
            return switch (r.type()) {
                case "OrderPlaced" -> {
                    Order o = orders.known(r.orderId());
                    o.lines.values().forEach(l -> l.backordered = l.ordered);
                    yield fill(o, true);
                }
                case "OrderCancelled" -> {
                    var made = release(orders.known(r.orderId()));
                    made.addAll(fillBackorders());
                    yield made;
                }
                case "ReservationReduced" -> {
                    Order o = orders.known(r.orderId());
                    if (!o.open()) {
                        yield List.of();
                    }
                    // What the count took is wanted again: reserve it elsewhere if possible.
                    var line = o.lines.get(r.sku());
                    line.backordered = line.ordered - line.reserved - line.picked;
                    yield fill(o, true);
                }
                case "StockReceived", "StockAdjusted", "ReservationReleased", "StockMoved" ->
                        fillBackorders();
                default -> List.of();
            };
        } finally {
            warehouse.user = was;
        }
    }

    private List<Recorded> fillBackorders() {
        var made = new ArrayList<Recorded>();
        for (Order o : List.copyOf(orders.orders.values())) {
            if (o.open() && o.allocated
                    && o.lines.values().stream().anyMatch(l -> l.backordered > 0)) {
                made.addAll(fill(o, false));
            }
        }
        return made;
    }

    /** Reserves what each line waits for; one OrderAllocated when anything moved (or always). */
    private List<Recorded> fill(Order o, boolean always) {
        var made = new ArrayList<Recorded>();
        long found = 0;
        for (Line line : o.lines.values()) {
            var at = warehouse.products.get(line.sku).at();
            for (String location : List.copyOf(at.keySet())) {
                long take = Math.min(line.backordered, warehouse.free(line.sku, location));
                if (take > 0) {
                    warehouse.heldAt(line.sku, location).merge(o.orderId, take, Long::sum);
                    line.reserved += take;
                    line.backordered -= take;
                    found += take;
                    made.add(warehouse.forOrder(line.sku, o.orderId, "StockReserved", location,
                            take, "reserved " + take + " of " + line.sku + " at " + location
                                    + " for " + o.orderId));
                }
            }
        }
        if (found > 0 || always) {
            o.allocated = true;
            made.add(orders.event(o, "OrderAllocated", "allocated " + o.orderId + ": "
                    + o.lines.values().stream().mapToLong(l -> l.backordered).sum()
                    + " backordered"));
        }
        return made;
    }

    private List<Recorded> release(Order o) {
        var made = new ArrayList<Recorded>();
        warehouse.held.forEach((sku, where) -> where.forEach((location, holders) -> {
            Long units = holders.remove(o.orderId);
            if (units != null && units > 0) {
                o.lines.get(sku).reserved -= units;
                made.add(warehouse.forOrder(sku, o.orderId, "ReservationReleased", location,
                        units, "released " + units + " of " + sku + " at " + location
                                + " from " + o.orderId));
            }
        }));
        return made;
    }
}
