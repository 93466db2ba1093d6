package tally.query.engine.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * How the runners read the log. Live, they read the same few newest events at nearly the same
 * moment, so the tail is kept in memory and read from the store once. Catching up (a rebuild,
 * a backlog), they read full pages: the next page is read ahead on another thread while this
 * one is applied, and runners rebuilding together share the pages.
 */
final class LogReader {
    private static final int PAGES_KEPT = 3;

    private final EventStore store;
    private final Executor readAhead;
    private final StoredEvent[] tail;
    private long lowest = 1;
    private long highest;
    private final Map<Long, CompletableFuture<List<StoredEvent>>> pages =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        Map.Entry<Long, CompletableFuture<List<StoredEvent>>> eldest) {
                    return size() > PAGES_KEPT;
                }
            };

    LogReader(EventStore store, int tailSize, Executor readAhead) {
        this.store = store;
        this.tail = new StoredEvent[tailSize];
        this.readAhead = readAhead;
    }

    long headPosition() {
        return store.headPosition();
    }

    /** As {@link EventStore#readAll}, though possibly fewer: a prefix of what is there. */
    List<StoredEvent> readAll(long after, int limit) {
        CompletableFuture<List<StoredEvent>> page;
        synchronized (this) {
            if (after >= lowest - 1 && after < highest) {
                return fromTail(after, limit);
            }
            page = pages.get(after);
        }
        // a read ahead that failed (the log out of reach) counts as none: read it now
        List<StoredEvent> read = page != null ? page.exceptionally(e -> List.of()).join()
                : List.of();
        if (read.isEmpty()) { // not read ahead, or read ahead when the log ended there
            forget(after);
            read = store.readAll(after, limit);
        }
        if (read.size() == limit) {
            readAhead(read.get(read.size() - 1).position(), limit);
        } else {
            keep(read);
        }
        return read;
    }

    private synchronized void readAhead(long after, int limit) {
        if (!pages.containsKey(after)) {
            pages.put(after, CompletableFuture.supplyAsync(() -> store.readAll(after, limit),
                    readAhead));
        }
    }

    private synchronized void forget(long after) {
        pages.remove(after);
    }

    private List<StoredEvent> fromTail(long after, int limit) {
        long to = Math.min(highest, after + limit);
        var kept = new ArrayList<StoredEvent>((int) (to - after));
        for (long p = after + 1; p <= to; p++) {
            kept.add(tail[(int) (p % tail.length)]);
        }
        return kept;
    }

    private synchronized void keep(List<StoredEvent> read) {
        if (read.isEmpty() || read.get(read.size() - 1).position() <= highest) {
            return;
        }
        if (read.get(0).position() > highest + 1) {
            lowest = read.get(0).position(); // a gap from what is kept: start afresh
        }
        for (StoredEvent e : read) {
            if (e.position() > highest) {
                tail[(int) (e.position() % tail.length)] = e;
                highest = e.position();
            }
        }
        lowest = Math.max(lowest, highest - tail.length + 1);
    }
}
