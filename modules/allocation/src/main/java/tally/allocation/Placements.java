package tally.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.StoredEvent;

/**
 * New orders whose commands are out and whose decisions are not yet in the state: the
 * allocation's pipeline. Placing an order sends its reservations at once and, when they are
 * answered, its OrderAllocated, without waiting; {@link #settle} then takes the decisions into the
 * state, oldest order first.
 *
 * <p>Why this keeps the rules exact: an order's reservations ask only "min(wanted, free)" of each
 * product, and the one writer decides the commands of a stream in the order they were sent, so
 * each reservation still meets what the orders before it left, as if the allocation had waited.
 * Nothing else it does reads the state without settling first ({@link Reactions}), so every
 * decision that depends on earlier ones (backorder queues, cancels, cuts) sees them all. The ids
 * are fixed when the order is sent, in the same order as when it waited.
 */
final class Placements {
    /** One new order in flight: its event, and its lines as decided once answered. */
    private record Placing(StoredEvent event, OrderPlaced placed,
                           CompletableFuture<List<LineAllocation>> decided) {
    }

    private final AllocationPort port;
    private final AllocationState state;
    private final ArrayDeque<Placing> inFlight = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();

    Placements(AllocationPort port, AllocationState state) {
        this.port = port;
        this.state = state;
    }

    /** Whether the order is open or being placed. */
    boolean knows(String orderId) {
        return ids.contains(orderId) || state.order(orderId) != null;
    }

    /**
     * Sends the order's reservations, one per line (each a product of its own), and once they
     * are all answered its one decision covering every line; waits for none of it.
     */
    void place(StoredEvent event, OrderPlaced placed, Reactions.Steps steps) {
        var asked = new ArrayList<CompletableFuture<List<StockReserved>>>();
        for (OrderLine line : placed.lines()) {
            asked.add(port.reserve(steps.next(), line.sku(), placed.orderId(), event.position(),
                    line.quantity()));
        }
        String recordId = steps.next();
        var decided = CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
                .thenCompose(all -> {
                    var lines = new ArrayList<LineAllocation>();
                    for (int i = 0; i < asked.size(); i++) {
                        OrderLine line = placed.lines().get(i);
                        int reserved = Reactions.reserved(asked.get(i).join());
                        lines.add(new LineAllocation(line.sku(), reserved,
                                line.quantity() - reserved));
                    }
                    return port.record(recordId, new OrderAllocated(placed.orderId(), lines))
                            .thenApply(recorded -> List.copyOf(lines));
                });
        inFlight.add(new Placing(event, placed, decided));
        ids.add(placed.orderId());
    }

    boolean idle() {
        return inFlight.isEmpty();
    }

    int size() {
        return inFlight.size();
    }

    /** The log position of the oldest order in flight; only when not {@link #idle}. */
    long oldest() {
        return inFlight.getFirst().event().position();
    }

    /** Runs {@code then} once the oldest order in flight is answered (at once if it is). */
    void whenOldestAnswered(Runnable then) {
        inFlight.getFirst().decided().whenComplete((done, error) -> then.run());
    }

    /**
     * Waits for the orders in flight, oldest first, and puts each into the state as decided. A
     * failed command fails the step with the event it answered; the orders after it stay in
     * flight for {@link #abandon}.
     */
    void settle() {
        settle(true);
    }

    /** {@link #settle}, but only as far as the oldest orders are answered already: no waiting. */
    void settleAnswered() {
        settle(false);
    }

    private void settle(boolean wait) {
        while (!inFlight.isEmpty() && (wait || inFlight.peek().decided().isDone())) {
            Placing p = inFlight.peek();
            List<LineAllocation> decided;
            try {
                decided = Reactions.answer(p.decided());
            } catch (RuntimeException e) {
                throw new Reactions.Failed(p.event(), e);
            }
            inFlight.poll();
            ids.remove(p.placed().orderId());
            var lines = new TreeMap<String, OpenOrder.Line>();
            for (LineAllocation line : decided) {
                lines.put(line.sku(), new OpenOrder.Line(line.reserved() + line.backordered(),
                        line.backordered()));
            }
            state.put(new OpenOrder(p.placed().orderId(), p.event().position(), lines));
        }
    }

    /**
     * After a failure: waits until nothing sent is still on its way (so a retry never races its
     * first attempt), then forgets it all. What was recorded is in the log under its ids, and the
     * retry gets it from there.
     */
    void abandon() {
        for (Placing p : inFlight) {
            p.decided().handle((done, error) -> null).join();
        }
        inFlight.clear();
        ids.clear();
    }
}
