package tally.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * A small in-memory write side for the allocation's tests: products with stock and reservations
 * per location, commands answered once per id (a seen id answers what it first recorded), every
 * decision appended to a real log so the allocation meets it there. It can be told to fail a
 * command, as a crash between two commands would, and to answer late, as the writer does when
 * its commands wait for the log's commit.
 */
final class FakeWarehouse implements AllocationPort {
    /** sku -> location -> bin, locations in walk order. */
    private final Map<String, TreeMap<String, Bin>> products = new HashMap<>();
    private final Map<String, List<? extends TallyEvent>> recorded = new HashMap<>();
    private final EventStore store;
    private final AtomicInteger freshCommands = new AtomicInteger();
    private final AtomicInteger repeatedCommands = new AtomicInteger();
    private int failAt = -1;
    private ScheduledExecutorService late;
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger mostUnanswered = new AtomicInteger();

    /** What one location holds, and what of it each order holds reserved. */
    private static final class Bin {
        int stock;
        final Map<String, Integer> reserved = new HashMap<>();
        final Map<String, Long> sequence = new HashMap<>();

        int free() {
            return stock - reserved.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    FakeWarehouse(EventStore store) {
        this.store = store;
    }

    synchronized void receive(String sku, String location, int quantity) {
        bin(sku, location).stock += quantity;
        append("operator", null, new StockReceived(sku, location, quantity, null));
    }

    /** A count: cuts reservations youngest order first when it finds fewer than are reserved. */
    synchronized void count(String sku, String location, int counted) {
        Bin bin = bin(sku, location);
        var events = new ArrayList<TallyEvent>();
        events.add(new StockAdjusted(sku, location, counted, counted - bin.stock, "count"));
        bin.stock = counted;
        var youngestFirst = new ArrayList<>(bin.reserved.keySet());
        youngestFirst.sort((a, b) -> Long.compare(bin.sequence.get(b), bin.sequence.get(a)));
        for (String orderId : youngestFirst) {
            int over = -bin.free();
            if (over <= 0) {
                break;
            }
            int cut = Math.min(over, bin.reserved.get(orderId));
            bin.reserved.merge(orderId, -cut, Integer::sum);
            bin.reserved.remove(orderId, 0);
            events.add(new ReservationReduced(sku, location, cut, orderId));
        }
        append("operator", null, events.toArray(TallyEvent[]::new));
    }

    synchronized void place(String orderId, OrderLine... lines) {
        append("supervisor", null, new OrderPlaced(orderId, null, List.of(lines)));
    }

    synchronized void cancel(String orderId) {
        append("supervisor", null, new OrderCancelled(orderId, "customer changed their mind"));
    }

    synchronized void ship(String orderId) {
        append("supervisor", null, new OrderShipped(orderId));
    }

    /**
     * From now on each command is decided at once, in the order it came (as the one writer
     * does), but answered 1-20 ms later on another thread, in no particular order.
     */
    synchronized void answerLate() {
        late = Executors.newSingleThreadScheduledExecutor();
    }

    /** The most commands that were decided and not yet answered at one time. */
    int mostUnanswered() {
        return mostUnanswered.get();
    }

    void close() {
        if (late != null) {
            late.shutdownNow();
        }
    }

    /** The {@code n}th fresh command from now on fails, as if the server died before it. */
    synchronized void failFreshCommand(int n) {
        failAt = freshCommands.get() + n;
    }

    int freshCommands() {
        return freshCommands.get();
    }

    int repeatedCommands() {
        return repeatedCommands.get();
    }

    @Override
    public synchronized CompletableFuture<List<StockReserved>> reserve(
            String commandId, String sku, String orderId, long orderSequence, int upTo) {
        return answer(commandId, () -> {
            var events = new ArrayList<StockReserved>();
            int left = upTo;
            for (var entry : products.getOrDefault(sku, new TreeMap<>()).entrySet()) {
                int take = Math.min(left, entry.getValue().free());
                if (take > 0) {
                    entry.getValue().reserved.merge(orderId, take, Integer::sum);
                    entry.getValue().sequence.put(orderId, orderSequence);
                    events.add(new StockReserved(sku, entry.getKey(), take, orderId,
                            orderSequence));
                    left -= take;
                }
            }
            return events;
        });
    }

    @Override
    public synchronized CompletableFuture<List<ReservationReleased>> release(
            String commandId, String sku, String orderId) {
        return answer(commandId, () -> {
            var events = new ArrayList<ReservationReleased>();
            products.getOrDefault(sku, new TreeMap<>()).forEach((location, bin) -> {
                Integer held = bin.reserved.remove(orderId);
                if (held != null) {
                    events.add(new ReservationReleased(sku, location, held, orderId));
                }
            });
            return events;
        });
    }

    @Override
    public synchronized CompletableFuture<Void> record(String commandId, OrderAllocated decision) {
        return answer(commandId, () -> List.of(decision)).thenApply(r -> null);
    }

    private interface Decision<E extends TallyEvent> {
        List<E> decide();
    }

    @SuppressWarnings("unchecked")
    private <E extends TallyEvent> CompletableFuture<List<E>> answer(String commandId,
                                                                     Decision<E> decision) {
        if (recorded.containsKey(commandId)) {
            repeatedCommands.incrementAndGet();
            return answered(CompletableFuture.completedFuture((List<E>) recorded.get(commandId)));
        }
        if (freshCommands.incrementAndGet() == failAt) {
            return answered(CompletableFuture.failedFuture(
                    new IllegalStateException("server died")));
        }
        List<E> events = decision.decide();
        recorded.put(commandId, events);
        if (!events.isEmpty()) {
            append(Reactions.USER, commandId, events.toArray(TallyEvent[]::new));
        }
        return answered(CompletableFuture.completedFuture(events));
    }

    /** The answer now, or later when {@link #answerLate} was asked for. */
    private <T> CompletableFuture<T> answered(CompletableFuture<T> now) {
        if (late == null) {
            return now;
        }
        mostUnanswered.accumulateAndGet(unanswered.incrementAndGet(), Math::max);
        var later = new CompletableFuture<T>();
        late.schedule(() -> {
            unanswered.decrementAndGet();
            now.whenComplete((value, error) -> {
                if (error == null) {
                    later.complete(value);
                } else {
                    later.completeExceptionally(error);
                }
            });
        }, 1 + ThreadLocalRandom.current().nextInt(20), TimeUnit.MILLISECONDS);
        return later;
    }

    private Bin bin(String sku, String location) {
        return products.computeIfAbsent(sku, s -> new TreeMap<>())
                .computeIfAbsent(location, l -> new Bin());
    }

    private void append(String user, String commandId, TallyEvent... events) {
        store.appendAndWait(new AppendRequest(events[0].stream(), ExpectedVersion.ANY, commandId,
                user, null, List.of(events)));
    }
}
