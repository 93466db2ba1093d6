package tally.query.activity;

import java.util.stream.Collectors;
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
import tally.events.LocationEvent;
import tally.events.LocationEvent.LocationChanged;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;
import tally.events.OrderEvent;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.TallyEvent;

/** Each event in one line of plain words, as the activity feed shows it. */
final class EventSummaries {
    private EventSummaries() {
    }

    static String of(TallyEvent event) {
        return switch (event) {
            case InventoryEvent e -> ofProduct(e);
            case OrderEvent e -> ofOrder(e);
            case LocationEvent e -> ofBin(e);
        };
    }

    private static String ofBin(LocationEvent e) {
        return switch (e) {
            case LocationDefined d -> "Defined bin " + d.location() + described(d.name(),
                    d.zone(), d.capacity());
            case LocationChanged c -> "Changed bin " + c.location() + described(c.name(),
                    c.zone(), c.capacity());
            case LocationRetired r -> "Retired bin " + r.location();
        };
    }

    /** What a bin was called and where it lies, as far as anyone said. */
    private static String described(String name, String zone, Integer capacity) {
        var parts = new java.util.ArrayList<String>();
        if (name != null) {
            parts.add("\"" + name + "\"");
        }
        if (zone != null) {
            parts.add("zone " + zone);
        }
        if (capacity != null) {
            parts.add("holds " + capacity);
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static String ofProduct(InventoryEvent e) {
        return switch (e) {
            case ProductRegistered r -> "Registered " + r.sku() + " \"" + r.name()
                    + "\", reorder point " + r.reorderPoint();
            case InventoryEvent.ProductRenamed r -> "Renamed " + r.sku() + " to \"" + r.name()
                    + "\"";
            case InventoryEvent.ReorderPointChanged r -> "Set the reorder point of " + r.sku()
                    + " to " + r.reorderPoint();
            case InventoryEvent.BarcodeAssigned b -> "Made barcode " + b.barcode()
                    + " an alias of " + b.sku();
            case InventoryEvent.BarcodeUnassigned b -> "Barcode " + b.barcode()
                    + " is no longer an alias of " + b.sku();
            case StockReceived r -> "Received " + r.quantity() + " of " + r.sku() + " at "
                    + r.location() + reference(r.reference());
            case StockMoved m -> "Moved " + m.quantity() + " of " + m.sku() + " from " + m.from()
                    + " to " + m.to();
            case StockPicked p -> "Picked " + p.quantity() + " of " + p.sku() + " at "
                    + p.location() + reference(p.reference());
            case StockAdjusted a -> "Counted " + a.countedQuantity() + " of " + a.sku() + " at "
                    + a.location() + " (" + (a.delta() > 0 ? "+" : "") + a.delta() + ")"
                    + (a.reason() == null || a.reason().isBlank() ? "" : ": " + a.reason());
            case StockReserved r -> "Reserved " + r.quantity() + " of " + r.sku() + " at "
                    + r.location() + " for order " + r.orderId();
            case ReservationReleased r -> "Released " + r.quantity() + " of " + r.sku() + " at "
                    + r.location() + " reserved for order " + r.orderId();
            case ReservationReduced c -> "Cut the reservation of order " + c.orderId() + " by "
                    + c.quantity() + " of " + c.sku() + " at " + c.location() + " (count)";
            case ReservedStockPicked p -> "Picked " + p.quantity() + " of " + p.sku() + " at "
                    + p.location() + " for order " + p.orderId();
        };
    }

    private static String ofOrder(OrderEvent e) {
        return switch (e) {
            case OrderPlaced p -> "Order " + p.orderId() + " placed"
                    + (p.customer() == null || p.customer().isBlank() ? "" : " for "
                    + p.customer()) + ": " + p.lines().stream()
                    .map(l -> l.quantity() + " of " + l.sku()).collect(Collectors.joining(", "));
            case OrderAllocated a -> "Order " + a.orderId() + " allocated: " + a.lines().stream()
                    .map(l -> l.sku() + " " + l.reserved() + " reserved"
                            + (l.backordered() > 0 ? ", " + l.backordered() + " backordered" : ""))
                    .collect(Collectors.joining("; "));
            case OrderCancelled c -> "Order " + c.orderId() + " cancelled"
                    + (c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason());
            case OrderShipped s -> "Order " + s.orderId() + " shipped";
        };
    }

    private static String reference(String reference) {
        return reference == null || reference.isBlank() ? "" : " (ref " + reference + ")";
    }
}
