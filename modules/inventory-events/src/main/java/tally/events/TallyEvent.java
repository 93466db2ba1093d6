package tally.events;

/**
 * Everything the log can hold: the published language of Tally. Three families, one per kind of
 * stream (products, orders, the bins of the register), because each changes for its own reasons
 * and a read model usually cares for one family only: it matches {@link InventoryEvent},
 * {@link OrderEvent} or {@link LocationEvent} and ignores the others in one line. Sealed at the
 * root all the same, so the log, its codec and the raw event feed are checked by the compiler to
 * know every event there is, and a new family cannot be added without them noticing.
 */
public sealed interface TallyEvent permits InventoryEvent, OrderEvent, LocationEvent {

    /** The stream the event belongs to, e.g. {@code product-SKU-1} or {@code order-SO-1}. */
    String stream();
}
