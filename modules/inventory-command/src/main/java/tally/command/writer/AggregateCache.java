package tally.command.writer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import tally.command.domain.Aggregate;
import tally.command.domain.Decider;
import tally.command.writer.WriterMessage.StreamLoaded;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.EventStore;

/**
 * The aggregates (products and orders) the writer has decided on, by stream, each loaded from its
 * stream on first use and kept in memory, so a long stream is read once, not per command. The
 * least recently used goes once there are more than {@code capacity}: it reloads if needed again.
 *
 * <p>A stream is read on a loader thread, not the writer's: a product with 100,000 events took
 * seconds to read, and every other command waited behind it. A command missing a stream waits
 * for it, parked under that stream; a command that needs several (placing an order) is parked
 * again for the next one missing until all are in. Commands for the same stream keep the order
 * they came in: while one is parked, the later ones for its stream park right behind it. Each
 * stream is read once however many commands wait for it. Everything but {@link #load} runs on
 * the writer's thread only.
 */
final class AggregateCache {
    private final EventStore store;
    private final Map<String, Aggregate> aggregates;
    private final Map<String, List<PendingCommand>> waiting = new HashMap<>();
    /** Per stream with commands parked: where its latest parked command waits, and how many. */
    private final Map<String, String> parkedIn = new HashMap<>();
    private final Map<String, Integer> parkedCount = new HashMap<>();
    private final ThreadPoolExecutor loaders;
    private final Consumer<StreamLoaded> done;
    private final AtomicLong loads = new AtomicLong();

    /** {@code done} hands a finished load to the writer's thread. */
    AggregateCache(EventStore store, int capacity, Consumer<StreamLoaded> done) {
        this.store = store;
        this.done = done;
        this.aggregates = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Aggregate> eldest) {
                return size() > capacity;
            }
        };
        var count = new AtomicInteger();
        this.loaders = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    var t = new Thread(r, "command-loader-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        loaders.allowCoreThreadTimeOut(true);
    }

    /**
     * The aggregate of a stream for this command: in memory, or read for it and held; null when
     * neither, then {@link #await} it.
     */
    Aggregate lookup(String stream, PendingCommand command) {
        Aggregate found = aggregates.get(stream);
        return found != null ? found : command.held(stream);
    }

    /**
     * Parks a command behind an earlier one for its own stream that is still parked, and says
     * so; false when none is parked and the command may be decided.
     */
    boolean parkBehind(PendingCommand command) {
        String own = command.command().stream();
        String list = parkedIn.get(own);
        if (list == null) {
            return false;
        }
        waiting.get(list).add(command);
        parkedCount.merge(own, 1, Integer::sum);
        return true;
    }

    /** Parks a command until {@code stream} is in memory, and starts reading it unless begun. */
    void await(String stream, PendingCommand command) {
        var parked = waiting.get(stream);
        if (parked == null) {
            parked = new ArrayList<>();
            waiting.put(stream, parked);
            loaders.execute(() -> {
                try {
                    done.accept(new StreamLoaded(stream, load(stream), null));
                } catch (RuntimeException e) {
                    done.accept(new StreamLoaded(stream, null, e));
                }
            });
        }
        parked.add(command);
        String own = command.command().stream();
        parkedIn.put(own, stream);
        parkedCount.merge(own, 1, Integer::sum);
    }

    /** Keeps what was loaded; answers the commands that waited for it, in the order they came. */
    List<PendingCommand> take(StreamLoaded loaded) {
        Aggregate kept = null;
        if (loaded.aggregate() != null) {
            aggregates.putIfAbsent(loaded.stream(), loaded.aggregate());
            kept = aggregates.getOrDefault(loaded.stream(), loaded.aggregate());
        }
        List<PendingCommand> parked = waiting.remove(loaded.stream());
        for (PendingCommand c : parked) {
            if (kept != null) {
                c.hold(kept);
            }
            String own = c.command().stream();
            if (parkedCount.merge(own, -1, Integer::sum) == 0) {
                parkedCount.remove(own);
                parkedIn.remove(own);
            }
        }
        return parked;
    }

    /** Whether a stream is being read for commands that wait. */
    boolean loading() {
        return !waiting.isEmpty();
    }

    /** Forgets this very aggregate (not a newer load of its stream): the log knows better. */
    void evict(Aggregate aggregate) {
        aggregates.remove(aggregate.stream(), aggregate);
    }

    /**
     * Forgets the aggregates a command consulted ({@code consulted}, as {@code known} holds
     * them) so that they are read from the log again when it is decided once more; false, and
     * nothing forgotten, when it was decided on freshly read ones already.
     */
    boolean readAgain(PendingCommand command, List<String> consulted,
                      Function<String, Aggregate> known) {
        List<Aggregate> stale = consulted.stream().map(known).filter(Objects::nonNull).toList();
        if (!command.readAgainOnce()) {
            return false;
        }
        stale.forEach(this::evict);
        return true;
    }

    /** How many streams have been read so far. */
    long loads() {
        return loads.get();
    }

    void close() {
        loaders.shutdown();
    }

    private Aggregate load(String stream) {
        loads.incrementAndGet();
        List<StoredEvent> events = store.readStream(stream);
        var history = new ArrayList<TallyEvent>(events.size());
        for (StoredEvent e : events) {
            history.add(e.event());
        }
        Aggregate aggregate = Decider.replay(stream, history);
        long logged = events.isEmpty() ? 0 : events.get(events.size() - 1).version();
        if (aggregate.version() != logged) {
            throw new IllegalStateException(stream + " holds " + events.size()
                    + " events but ends at version " + logged);
        }
        return aggregate;
    }
}
