package tally.query.engine.keyed;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.StampedLock;

/**
 * Every row of a keyed read model as last committed, in memory, with the log position they
 * show, so that a query answers without a transaction (docs/api.md: an answer's
 * {@code position} is exactly what its rows show). Only the projection's runner writes: what a
 * batch wrote waits until its transaction has committed and is then published whole, under a
 * write lock, together with the batch's position; a reader sees either all of a batch or none
 * of it. Readers take no lock as long as no batch is published meanwhile (an optimistic read,
 * checked afterwards), and fall back to a read lock when one was.
 *
 * <p>Held only while complete: loaded from the table when the runner starts, emptied by a
 * rebuild. Past {@code capacity} rows it gives up (memory a desktop can spare) and queries read
 * the database, as they do while it is not loaded.
 */
public final class CommittedRows<S> {
    private final int capacity;
    private final StampedLock lock = new StampedLock();
    private final ConcurrentSkipListMap<String, S> rows = new ConcurrentSkipListMap<>();
    private volatile long position;
    private volatile boolean complete;
    // What the transaction under way wrote: the runner's thread only.
    private boolean pendingClear;
    private Map<String, S> pendingRows = Map.of();
    private long pendingPosition = -1;

    public CommittedRows(int capacity) {
        this.capacity = capacity;
    }

    /** What a query makes of the rows (by key, in key order) as of one committed position. */
    public interface Reading<S, T> {
        /** Reads only: it may see rows being replaced, and is then run again under a lock. */
        T read(long position, NavigableMap<String, S> rows);
    }

    /**
     * {@code reading} of the rows at one committed position at or past {@code minPosition};
     * empty when memory cannot answer (not loaded, or not that far yet): ask the database.
     */
    public <T> Optional<T> read(long minPosition, Reading<S, T> reading) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            Optional<T> answer = attempt(minPosition, reading);
            if (lock.validate(stamp)) {
                return answer;
            }
        }
        stamp = lock.readLock();
        try {
            return attempt(minPosition, reading);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private <T> Optional<T> attempt(long minPosition, Reading<S, T> reading) {
        long at = position;
        if (!complete || at < minPosition) {
            return Optional.empty();
        }
        return Optional.ofNullable(reading.read(at, rows));
    }

    /** The position the rows show; -1 while they are not held. */
    public long position() {
        return complete ? position : -1;
    }

    /** At the runner's start: every row of the table, as of the checkpoint, or null (too many). */
    void loaded(Map<String, S> all, long at) {
        long stamp = lock.writeLock();
        try {
            rows.clear();
            complete = all != null && all.size() <= capacity;
            if (complete) {
                rows.putAll(all);
            }
            position = at;
        } finally {
            lock.unlockWrite(stamp);
        }
        dropPending();
    }

    /** A rebuild (or an unclean stop) empties the table in the transaction under way. */
    void cleared() {
        pendingClear = true;
        pendingRows = Map.of();
        pendingPosition = 0;
    }

    /** The rows the transaction under way wrote, which move the read model to {@code at}. */
    void written(Map<String, S> changed, long at) {
        pendingRows = changed;
        pendingPosition = at;
    }

    /** The transaction under way committed (publish what it wrote) or not (forget it). */
    void settled(boolean committed) {
        if (committed && pendingPosition >= 0) {
            long stamp = lock.writeLock();
            try {
                if (pendingClear) {
                    rows.clear();
                    complete = true;
                }
                rows.putAll(pendingRows);
                position = pendingPosition;
                if (rows.size() > capacity) {
                    rows.clear();
                    complete = false;
                }
            } finally {
                lock.unlockWrite(stamp);
            }
        }
        dropPending();
    }

    private void dropPending() {
        pendingClear = false;
        pendingRows = Map.of();
        pendingPosition = -1;
    }
}
