package tally.allocation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderAllocated;

/**
 * What the allocation asks of the write side, and nothing more: it keeps no copy of any stock,
 * because the product aggregate decides where and how much can be reserved. Each request carries
 * a command id; a request whose id was seen before is answered with what its first attempt
 * recorded and records nothing again, which is what makes a replay of the log harmless. Every
 * command is issued as {@link Reactions#USER}.
 */
interface AllocationPort {

    /**
     * Reserves up to {@code upTo} units of {@code sku} for the order, wherever the product has
     * them free (it decides where, in walk order); answers the reservations recorded, possibly
     * none.
     */
    CompletableFuture<List<StockReserved>> reserve(String commandId, String sku, String orderId,
                                                   long orderSequence, int upTo);

    /** Frees what the order holds reserved of {@code sku}; answers the releases recorded. */
    CompletableFuture<List<ReservationReleased>> release(String commandId, String sku,
                                                         String orderId);

    /** Records on the order's stream what the allocation decided for it. */
    CompletableFuture<Void> record(String commandId, OrderAllocated decision);
}
