package tally.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.TallyEvent;
import tally.eventstore.EventStoreException;

/**
 * The allocation's port as this node's role makes it ({@link AllocatorRole}): on the node that
 * allocates, the write side's; on a standby, the answers the allocating node recorded, taken from
 * the log under the same command ids. The ids depend only on the event reacted to and the state
 * before it, so a standby following the log this way keeps the same state as the allocating node
 * and sends nothing; a command whose answer is not in the log yet waits for it, and is sent from
 * here once this node takes over (the write side answers it from the record if the other node
 * sent it after all).
 */
final class RolePort implements AllocationPort {
    /**
     * How long a standby's command waits for the allocating node's answer before its step gives
     * up and starts again from the state last saved: so a trainer's pause on a standby, and its
     * stop, never wait on the other node (paused, or failed) for longer than this and a tick.
     */
    static final long WAIT_MILLIS = 3000;

    /** The allocating node has not answered in time: not a failure, the standby tries again. */
    static final class NotAnsweredYet extends RuntimeException {
        NotAnsweredYet(String commandId) {
            super("no answer in the log yet for " + commandId + " (another node allocates)");
        }
    }

    /** Whether a step failed only because a standby waited too long ({@link NotAnsweredYet}). */
    static boolean waitedTooLong(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotAnsweredYet) {
                return true;
            }
        }
        return false;
    }

    private final AllocationPort writer;
    private final LogAnswers log;
    private final List<Waiting<?>> waiting = new ArrayList<>();
    private final LongAdder sent = new LongAdder();
    private volatile boolean leading;
    private boolean closed;

    RolePort(AllocationPort writer, LogAnswers log) {
        this.writer = writer;
        this.log = log;
    }

    @Override
    public CompletableFuture<List<StockReserved>> reserve(String commandId, String sku,
                                                          String orderId, long orderSequence,
                                                          int upTo) {
        return ask(commandId, () -> writer.reserve(commandId, sku, orderId, orderSequence, upTo),
                events -> only(StockReserved.class, events));
    }

    @Override
    public CompletableFuture<List<ReservationReleased>> release(String commandId, String sku,
                                                                String orderId) {
        return ask(commandId, () -> writer.release(commandId, sku, orderId),
                events -> only(ReservationReleased.class, events));
    }

    @Override
    public CompletableFuture<Void> record(String commandId, OrderAllocated decision) {
        return ask(commandId, () -> writer.record(commandId, decision), events -> null);
    }

    /** Commands this node has sent to the write side since it started. */
    long sent() {
        return sent.sum();
    }

    /** This node allocates from now on (its waiting commands are sent), or stands by. */
    void lead(boolean allocating) {
        leading = allocating;
        poll();
    }

    /** Answers the waiting commands the log now holds; sends them all when this node leads. */
    void poll() {
        boolean allocating = leading;
        List<Waiting<?>> now;
        synchronized (this) {
            now = List.copyOf(waiting);
            if (allocating) {
                waiting.clear(); // taken out before they are sent: no other poll sends them
            }
        }
        for (Waiting<?> w : now) {
            if (allocating) {
                sent.increment();
                w.send();
            } else if (w.answeredFrom(log) || w.gaveUp()) {
                synchronized (this) {
                    waiting.remove(w);
                }
            }
        }
    }

    /** The node stops: nothing waits any more for an answer that may never come. */
    void close() {
        List<Waiting<?>> left;
        synchronized (this) {
            closed = true;
            left = List.copyOf(waiting);
            waiting.clear();
        }
        left.forEach(w -> w.answer.completeExceptionally(
                new EventStoreException("the allocation stopped while it stood by")));
    }

    private <T> CompletableFuture<T> ask(String commandId, Supplier<CompletableFuture<T>> send,
                                         Function<List<TallyEvent>, T> fromLog) {
        if (leading) {
            sent.increment();
            return send.get();
        }
        var w = new Waiting<>(commandId, send, fromLog);
        if (!w.answeredFrom(log)) {
            synchronized (this) {
                if (closed) {
                    return CompletableFuture.failedFuture(
                            new EventStoreException("the allocation stopped"));
                }
                waiting.add(w);
            }
            if (leading) {
                poll(); // took over meanwhile: send it rather than wait for the next poll
            }
        }
        return w.answer;
    }

    private static <E> List<E> only(Class<E> type, List<TallyEvent> events) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** One command whose answer this standby waits to find in the log. */
    private static final class Waiting<T> {
        private final String commandId;
        private final Supplier<CompletableFuture<T>> send;
        private final Function<List<TallyEvent>, T> fromLog;
        private final CompletableFuture<T> answer = new CompletableFuture<>();
        private final long since = System.nanoTime();

        Waiting(String commandId, Supplier<CompletableFuture<T>> send,
                Function<List<TallyEvent>, T> fromLog) {
            this.commandId = commandId;
            this.send = send;
            this.fromLog = fromLog;
        }

        /** False while the log has no answer, or cannot be read now (tried again next poll). */
        boolean answeredFrom(LogAnswers log) {
            Optional<List<TallyEvent>> recorded;
            try {
                recorded = log.of(commandId);
            } catch (EventStoreException e) {
                return false;
            }
            recorded.ifPresent(events -> answer.complete(fromLog.apply(events)));
            return recorded.isPresent();
        }

        /** Fails it once it has waited {@link #WAIT_MILLIS}; answers whether it did. */
        boolean gaveUp() {
            if (System.nanoTime() - since < WAIT_MILLIS * 1_000_000) {
                return false;
            }
            return answer.completeExceptionally(new NotAnsweredYet(commandId));
        }

        void send() {
            send.get().whenComplete((value, error) -> {
                if (error == null) {
                    answer.complete(value);
                } else {
                    answer.completeExceptionally(error);
                }
            });
        }
    }
}
