package tally.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second half of a group commit: puts what the writer committed into the file
 * ({@link DiskWrites}), and only then answers the callers and rings the doorbell, in commit order.
 *
 * <p>Its own thread, so that the writer commits the next batch to H2 while this one is serialized
 * and written: the file write was half of each batch's time, spent with the writer idle. Batches
 * committed while a write is under way share the next write. Until a batch is confirmed nobody
 * hears of it: its callers wait, {@link #headPosition()} (the limit of what readers may see) stays
 * put, and a retry of one of its command ids waits behind it too, because every answer of a batch,
 * duplicates and refusals included, is given here and in order.
 */
final class Confirmer implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Confirmer.class);

    /**
     * A batch committed to H2: its decisions, the last position it wrote (or the one before it),
     * and whether it wrote anything at all (events, or only command ids).
     */
    record Committed(BatchDecisions decisions, long to, boolean wrote) {
    }

    private final BlockingQueue<Committed> queue = new LinkedBlockingQueue<>();
    private final DiskWrites disk;
    private final Durability durability;
    private final Doorbell doorbell;
    private volatile long headPosition;
    private volatile boolean writerDone;
    // Read and cleared in one step, so the write that clears it covers every batch that set it.
    private final AtomicBoolean wroteSinceConfirmed = new AtomicBoolean();

    Confirmer(DiskWrites disk, Durability durability, Doorbell doorbell, long headPosition) {
        this.disk = disk;
        this.durability = durability;
        this.doorbell = doorbell;
        this.headPosition = headPosition;
    }

    /** The last position confirmed in the file and answered. */
    long headPosition() {
        return headPosition;
    }

    /** From the writer's thread, in commit order. */
    void handOver(Committed batch) {
        if (batch.wrote()) {
            wroteSinceConfirmed.set(true);
        }
        queue.add(batch);
    }

    /** The writer has handed over its last batch: confirm what is queued, then stop. */
    void writerDone() {
        writerDone = true;
    }

    @Override
    public void run() {
        var batches = new ArrayList<Committed>();
        while (!(writerDone && queue.isEmpty())) {
            try {
                Committed first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batches.add(first);
                queue.drainTo(batches);
                confirm(batches);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // NOPMD: a dead confirmer would leave every caller waiting
                LOG.error("event store confirmer failed", e);
                var failure = new EventStoreException("could not confirm the append", e);
                batches.forEach(b -> b.decisions().answer(failure));
            } finally {
                batches.clear();
            }
        }
    }

    private void confirm(List<Committed> batches) {
        EventStoreException unconfirmed = null;
        if (wroteSinceConfirmed.getAndSet(false)) {
            unconfirmed = writeToDisk();
        }
        long from = headPosition + 1;
        long to = headPosition;
        for (Committed b : batches) {
            to = Math.max(to, b.to());
        }
        headPosition = to;
        for (Committed b : batches) {
            b.decisions().answer(unconfirmed);
        }
        if (to >= from) {
            doorbell.ring(new EventsCommitted(from, to, Instant.now()));
        }
    }

    /** Null when everything committed so far is in the file (and synced if asked); else why not. */
    private EventStoreException writeToDisk() {
        try {
            disk.write();
            if (durability == Durability.FSYNC) {
                disk.sync();
            }
            return null;
        } catch (RuntimeException e) {
            LOG.error("event log committed but not confirmed on disk", e);
            return new EventStoreException("appended, but the disk did not confirm it; a retry"
                    + " with the same command id returns the first answer", e);
        }
    }
}
