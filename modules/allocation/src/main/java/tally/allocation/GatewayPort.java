package tally.allocation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.command.gateway.CommandGateway;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.ProductCommand.ReleaseReservations;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.TallyEvent;

/**
 * The allocation's port on the real write side: the command module's gateway, which puts each
 * command through the same writer and rules as an operator's and answers the events it recorded
 * (read back from the log for an id seen before). A refusal or an unavailable log fails the
 * future with the command module's problem, and so the allocation's step, which then shows
 * FAILED with that problem's words.
 */
final class GatewayPort implements AllocationPort {
    private final CommandGateway gateway;

    GatewayPort(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public CompletableFuture<List<StockReserved>> reserve(String commandId, String sku,
                                                          String orderId, long orderSequence,
                                                          int upTo) {
        return gateway.issue(commandId, Reactions.USER,
                        new ReserveStock(orderId, sku, upTo, orderSequence))
                .thenApply(outcome -> only(StockReserved.class, outcome.events()));
    }

    @Override
    public CompletableFuture<List<ReservationReleased>> release(String commandId, String sku,
                                                                String orderId) {
        return gateway.issue(commandId, Reactions.USER, new ReleaseReservations(orderId, sku))
                .thenApply(outcome -> only(ReservationReleased.class, outcome.events()));
    }

    /** Recorded, or nothing when the order was closed meanwhile: either way, done. */
    @Override
    public CompletableFuture<Void> record(String commandId, OrderAllocated decision) {
        return gateway.issue(commandId, Reactions.USER,
                        new RecordAllocation(decision.orderId(), decision.lines()))
                .thenApply(outcome -> null);
    }

    private static <E> List<E> only(Class<E> type, List<TallyEvent> events) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
