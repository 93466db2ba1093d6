package tally.events;

/**
 * Everything that can happen to a product's stock, in the past tense: the product family of
 * Tally's published language ({@link TallyEvent}). The command side records these, the query side
 * folds them into read models.
 *
 * <p>A stored event's shape never changes: a new shape is a new record (or an upcaster), so these
 * records are append-only too. Stream, version, position and time live in {@link StoredEvent}.
 */
public sealed interface InventoryEvent extends TallyEvent {

    /** The SKU whose stream this event belongs to. */
    String sku();

    @Override
    default String stream() {
        return StoredEvent.streamOf(sku());
    }

    record ProductRegistered(String sku, String name, int reorderPoint) implements InventoryEvent {
    }

    /** The product's name changed; its stock, bins and orders are untouched. */
    record ProductRenamed(String sku, String name) implements InventoryEvent {
    }

    /** The level below which the product counts as running low changed. */
    record ReorderPointChanged(String sku, int reorderPoint) implements InventoryEvent {
    }

    /**
     * A barcode became an alias of the product: scanning it names this SKU. {@code barcode} is
     * a GTIN written as 14 digits ({@link Gtin#normalised}), so an EAN-13 and the GTIN-14 a
     * GS1-128 label carries for it are one alias.
     */
    record BarcodeAssigned(String sku, String barcode) implements InventoryEvent {
    }

    /** The barcode is no longer an alias of the product; another product may take it. */
    record BarcodeUnassigned(String sku, String barcode) implements InventoryEvent {
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

    /**
     * The allocation set units at a location aside for an order: they stay where they are, but
     * no move, plain pick or other order may take them.
     *
     * @param orderSequence the log position at which the order was placed: a count that finds
     *                      fewer units than are reserved cuts the youngest order (highest) first
     */
    record StockReserved(String sku, String location, int quantity, String orderId,
                         long orderSequence) implements InventoryEvent {
    }

    /** Reserved units set free again, because their order was cancelled. */
    record ReservationReleased(String sku, String location, int quantity, String orderId)
            implements InventoryEvent {
    }

    /**
     * A count found fewer units at a location than were reserved there, so the reservation of
     * one order was cut by {@code quantity}; recorded with the count's {@code StockAdjusted}.
     */
    record ReservationReduced(String sku, String location, int quantity, String orderId)
            implements InventoryEvent {
    }

    /** Reserved units left their location against their order's reservation: picked for it. */
    record ReservedStockPicked(String sku, String location, int quantity, String orderId)
            implements InventoryEvent {
    }
}
