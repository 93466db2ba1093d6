package tally.events;

/**
 * Everything the log can hold: the published language of Tally. Two families, one per kind of
 * aggregate, because a product's stream and an order's stream change for different reasons and
 * a read model usually cares for one family only: it matches {@link InventoryEvent} or
 * {@link OrderEvent} and ignores the other in one line. Sealed at the root all the same, so the
 * log, its codec and the raw event feed are checked by the compiler to know every event there
 * is, and a new family cannot be added without them noticing.
 */
public sealed interface TallyEvent permits InventoryEvent, OrderEvent {

    /** The stream the event belongs to, e.g. {@code product-SKU-1} or {@code order-SO-1}. */
    String stream();
}
