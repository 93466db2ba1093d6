package tally.allocation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tally.command.CommandProblem;
import tally.command.domain.Command;
import tally.command.gateway.CommandGateway;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.ProductCommand.ReleaseReservations;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.TallyEvent;
import tally.eventstore.EventStoreException;

/**
 * The allocation's port on the real write side: the command module's gateway, which puts each
 * command through the same writer and rules as an operator's and answers the events it recorded
 * (read back from the log for an id seen before). A refusal or an unavailable log fails the
 * future with the command module's problem, and so the allocation's step, which then shows
 * FAILED with that problem's words; but a 503 (the log did not take it: PostgreSQL restarting) is
 * the log out of reach, which the allocation tries again on its next tick.
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
        return issue(commandId,
                        new ReserveStock(orderId, sku, upTo, orderSequence))
                .thenApply(outcome -> only(StockReserved.class, outcome.events()));
    }

    @Override
    public CompletableFuture<List<ReservationReleased>> release(String commandId, String sku,
                                                                String orderId) {
        return issue(commandId, new ReleaseReservations(orderId, sku))
                .thenApply(outcome -> only(ReservationReleased.class, outcome.events()));
    }

    /** Recorded, or nothing when the order was closed meanwhile: either way, done. */
    @Override
    public CompletableFuture<Void> record(String commandId, OrderAllocated decision) {
        return issue(commandId,
                        new RecordAllocation(decision.orderId(), decision.lines()))
                .thenApply(outcome -> null);
    }

    private CompletableFuture<CommandGateway.Outcome> issue(String commandId, Command command) {
        return gateway.issue(commandId, Reactions.USER, command).exceptionallyCompose(e -> {
            Throwable why = e instanceof CompletionException c ? c.getCause() : e;
            return CompletableFuture.failedFuture(why instanceof CommandProblem p
                    && p.status() == 503 ? new EventStoreException(p.getMessage(), p) : e);
        });
    }

    private static <E> List<E> only(Class<E> type, List<TallyEvent> events) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
