package tally.query.history;

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

/**
 * One event of a product's history as one plain sentence. The product is the page's subject, so
 * unlike the activity feed's lines these leave the SKU out.
 */
final class HistorySummaries {
    private HistorySummaries() {
    }

    static String of(InventoryEvent event) {
        return switch (event) {
            case ProductRegistered r -> "registered as \"" + r.name() + "\", reorder point "
                    + r.reorderPoint();
            case InventoryEvent.ProductRenamed r -> "renamed \"" + r.name() + "\"";
            case InventoryEvent.ReorderPointChanged r -> "reorder point set to "
                    + r.reorderPoint();
            case InventoryEvent.BarcodeAssigned b -> "barcode " + b.barcode() + " assigned";
            case InventoryEvent.BarcodeUnassigned b -> "barcode " + b.barcode() + " unassigned";
            case StockReceived r -> "received " + r.quantity() + " at " + r.location()
                    + reference(r.reference());
            case StockMoved m -> "moved " + m.quantity() + " from " + m.from() + " to " + m.to();
            case StockPicked p -> "picked " + p.quantity() + " at " + p.location()
                    + reference(p.reference());
            case StockAdjusted a -> "counted " + a.countedQuantity() + " at " + a.location()
                    + " (was " + (a.countedQuantity() - a.delta()) + ", "
                    + (a.delta() > 0 ? "+" : "") + a.delta() + ")"
                    + (a.reason() == null || a.reason().isBlank() ? "" : ": " + a.reason());
            case StockReserved r -> "reserved " + r.quantity() + " at " + r.location()
                    + " for order " + r.orderId();
            case ReservationReleased r -> "released " + r.quantity() + " at " + r.location()
                    + " reserved for order " + r.orderId();
            case ReservationReduced r -> "cut the reservation of order " + r.orderId() + " by "
                    + r.quantity() + " at " + r.location() + " (a count found fewer)";
            case ReservedStockPicked p -> "picked " + p.quantity() + " at " + p.location()
                    + " for order " + p.orderId();
        };
    }

    private static String reference(String reference) {
        return reference == null || reference.isBlank() ? "" : " (ref " + reference + ")";
    }
}
