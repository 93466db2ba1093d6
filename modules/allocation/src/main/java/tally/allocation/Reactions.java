package tally.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import tally.events.OrderEvent;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.StoredEvent;

/**
 * What the allocation does on each event of the log (docs/api.md, "Orders and their
 * allocation"): the one routing table from event to reaction. A new order's commands are sent
 * without waiting ({@link Placements}); every other reaction first settles those (waits for their
 * answers and puts them into the state), then waits for the answers of its own commands before
 * the next, updating the state from them as it goes. So each reaction that reads the state reads
 * it exactly as after every event before it, as if each event had been waited for.
 *
 * <p>Command ids are {@code allocation-{position}-{step}}: the position of the event reacted to
 * and the number of the command within the reaction. The reaction depends only on the state
 * before the event and on the answers, and an id seen before is answered from the record; so
 * reacting to the same event again from the same state (after a crash before the state was saved,
 * or in a rebuild from position 0) sends the same ids, gets the same answers, records nothing a
 * second time and leaves the same state.
 */
final class Reactions {
    /** The user of every command the allocation issues, recorded on its events. */
    static final String USER = "system:allocation";

    private final AllocationPort port;
    private final AllocationState state;
    private final Placements placements;

    Reactions(AllocationPort port, AllocationState state) {
        this.port = port;
        this.state = state;
        this.placements = new Placements(port, state);
    }

    /**
     * A failed command of the reaction to {@code event}: the step fails there. A new order's
     * failure surfaces when the pipeline is settled, after later events were read.
     */
    static final class Failed extends RuntimeException {
        private final transient StoredEvent event;

        Failed(StoredEvent event, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.event = event;
        }

        StoredEvent event() {
            return event;
        }
    }

    /** Waits for every new order in flight and puts its decision into the state. */
    void settle() {
        placements.settle();
    }

    /** Takes in the decisions of the oldest new orders that are answered; does not wait. */
    void settleAnswered() {
        placements.settleAnswered();
    }

    /** Whether no new order is in flight: the state is that after the last event reacted to. */
    boolean settled() {
        return placements.idle();
    }

    /**
     * The last position the state is exact for: before the oldest new order in flight (what
     * follows it was either sent without reading the state, or waited for it), or {@code
     * reactedTo} when none is.
     */
    long settledThrough(long reactedTo) {
        return placements.idle() ? reactedTo : placements.oldest() - 1;
    }

    /** How many new orders are in flight. */
    int inFlight() {
        return placements.size();
    }

    /** Runs {@code then} when the oldest new order in flight is answered. */
    void whenAnswered(Runnable then) {
        if (!placements.idle()) {
            placements.whenOldestAnswered(then);
        }
    }

    /** After a failure: lets what is in flight land, and forgets it. */
    void abandon() {
        placements.abandon();
    }

    /** Reacts to one event; answers whether it changed the state or issued a command. */
    boolean react(StoredEvent stored) {
        if (USER.equals(stored.user())) {
            return false; // its own decision, already in the state since it made it
        }
        var steps = new Steps(stored.position());
        return switch (stored.event()) {
            case InventoryEvent e -> onProduct(e, steps);
            case OrderEvent e -> onOrder(e, stored, steps);
            case LocationEvent _ -> false; // a bin defined or retired holds no unit to reserve
        };
    }

    private boolean onProduct(InventoryEvent event, Steps steps) {
        return switch (event) {
            case StockReceived e -> fill(e.sku(), steps);
            case StockAdjusted e -> e.delta() > 0 && fill(e.sku(), steps);
            case ReservationReleased e -> fill(e.sku(), steps);
            case ReservationReduced e -> reserveAgain(e, steps);
            case ProductRegistered _, StockMoved _, StockPicked _, StockReserved _,
                 ReservedStockPicked _ -> false;
            // a name, a reorder point or a barcode frees no unit for a waiting order
            case InventoryEvent.ProductRenamed _, InventoryEvent.ReorderPointChanged _,
                 InventoryEvent.BarcodeAssigned _, InventoryEvent.BarcodeUnassigned _ -> false;
        };
    }

    private boolean onOrder(OrderEvent event, StoredEvent stored, Steps steps) {
        return switch (event) {
            case OrderPlaced e -> place(stored, e, steps);
            case OrderCancelled e -> cancel(e.orderId(), steps);
            case OrderShipped e -> close(e.orderId());
            case OrderAllocated _ -> false;
        };
    }

    /**
     * Each line gets min(wanted, available), then one decision covers every line: sent without
     * waiting ({@link Placements}), so the orders after it are sent while it is answered.
     */
    private boolean place(StoredEvent event, OrderPlaced placed, Steps steps) {
        if (placements.knows(placed.orderId())) {
            return false;
        }
        placements.place(event, placed, steps);
        return true;
    }

    /** Backorders of {@code sku}, oldest order first, until the product has no more to give. */
    private boolean fill(String sku, Steps steps) {
        placements.settle();
        boolean acted = false;
        for (String orderId : state.waitingFor(sku)) {
            OpenOrder order = state.order(orderId);
            int wanted = order.backordered(sku);
            int found = reserved(answer(port.reserve(steps.next(), sku, orderId, order.sequence(),
                    wanted)));
            acted = true;
            if (found > 0) {
                decide(order, sku, found, wanted - found, steps);
            }
            if (found < wanted) {
                break; // the product had no more: younger orders would find nothing either
            }
        }
        return acted;
    }

    /** A count cut the order's reservation: find the units elsewhere, or backorder them. */
    private boolean reserveAgain(ReservationReduced cut, Steps steps) {
        placements.settle();
        OpenOrder order = state.order(cut.orderId());
        if (order == null || !order.lines().containsKey(cut.sku())) {
            return false;
        }
        int found = reserved(answer(port.reserve(steps.next(), cut.sku(), cut.orderId(),
                order.sequence(), cut.quantity())));
        decide(order, cut.sku(), found, order.backordered(cut.sku()) + cut.quantity() - found,
                steps);
        return true;
    }

    /** Frees what the order holds, then lets the orders waiting for those products have it. */
    private boolean cancel(String orderId, Steps steps) {
        placements.settle();
        OpenOrder order = state.order(orderId);
        if (order == null) {
            return false;
        }
        var freed = new ArrayList<String>();
        order.lines().forEach((sku, line) -> {
            // A line wholly backordered holds nothing: no command for it.
            if (line.backordered() < line.ordered()
                    && released(answer(port.release(steps.next(), sku, orderId))) > 0) {
                freed.add(sku);
            }
        });
        state.remove(orderId);
        freed.forEach(sku -> fill(sku, steps));
        return true;
    }

    private boolean close(String orderId) {
        placements.settle();
        boolean open = state.order(orderId) != null;
        state.remove(orderId);
        return open;
    }

    private void decide(OpenOrder order, String sku, int reserved, int backordered, Steps steps) {
        answer(port.record(steps.next(), new OrderAllocated(order.orderId(),
                List.of(new LineAllocation(sku, reserved, backordered)))));
        state.put(order.withBackordered(sku, backordered));
    }

    static int reserved(List<StockReserved> recorded) {
        return recorded.stream().mapToInt(StockReserved::quantity).sum();
    }

    private static int released(List<ReservationReleased> recorded) {
        return recorded.stream().mapToInt(ReservationReleased::quantity).sum();
    }

    /** Waits for a command's answer; its failure fails the reaction (the allocation FAILED). */
    static <T> T answer(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Hands out the command ids of one reaction: {@code allocation-{position}-{step}}. */
    static final class Steps {
        private final long position;
        private int next;

        Steps(long position) {
            this.position = position;
        }

        String next() {
            return "allocation-" + position + "-" + next++;
        }
    }
}
