package tally.events;

/**
 * Everything that can happen to a product's stock, in the past tense. The published language of
 * Tally: the command side records these, the query side folds them into read models.
 *
 * <p>A stored event's shape never changes: a new shape is a new record (or an upcaster), so these
 * records are append-only too. Stream, version, position and time live in {@link StoredEvent}.
 */
public sealed interface InventoryEvent {

    /** The SKU whose stream this event belongs to. */
    String sku();

    record ProductRegistered(String sku, String name, int reorderPoint) implements InventoryEvent {
    }

    record StockReceived(String sku, String location, int quantity, String reference)
            implements InventoryEvent {
    }

    record StockMoved(String sku, String from, String to, int quantity) implements InventoryEvent {
    }

    record StockPicked(String sku, String location, int quantity, String reference)
            implements InventoryEvent {
    }

    /** A count found {@code countedQuantity}; {@code delta} is what the stock changed by. */
    record StockAdjusted(String sku, String location, int countedQuantity, int delta, String reason)
            implements InventoryEvent {
    }
}
