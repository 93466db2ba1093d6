package tally.eventstore.h2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.Doorbell;
import tally.eventstore.AppendUnconfirmed;
import tally.eventstore.EventStoreException;
import tally.eventstore.EventsCommitted;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.Journal;

/**
 * The second half of a group commit: makes what the writer committed durable, and only then
 * answers the callers and rings the doorbell, in commit order.
 *
 * <p>Its own thread, so that the writer commits the next batch to H2 meanwhile; batches committed
 * during one confirmation share the next. Durable means written to the {@link Journal} (and forced
 * in fsync mode); the {@link FileCheckpointer} puts the same rows into H2's file now and then and
 * retires the journal. Until a batch is confirmed nobody hears of it: its callers wait,
 * {@link #headPosition()} (the limit of what readers may see) stays put, and a retry of one of its
 * command ids waits behind it too, because every answer of a batch, duplicates and refusals
 * included, is given here and in order.
 */
final class Confirmer implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Confirmer.class);

    /** A batch committed to H2: its decisions, its last position, and its rows (maybe none). */
    record Committed(BatchDecisions decisions, long to, BatchRows rows) {
    }

    private final BlockingQueue<Committed> queue = new LinkedBlockingQueue<>();
    private final FileCheckpointer checkpointer;
    private final Doorbell doorbell;
    private volatile long headPosition;
    private volatile boolean writerDone;

    Confirmer(FileCheckpointer checkpointer, Doorbell doorbell, long headPosition) {
        this.checkpointer = checkpointer;
        this.doorbell = doorbell;
        this.headPosition = headPosition;
    }

    /** The last position confirmed durable and answered. */
    long headPosition() {
        return headPosition;
    }

    /** From the writer's thread, in commit order. */
    void handOver(Committed batch) {
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
                if (first != null) {
                    batches.add(first);
                    queue.drainTo(batches);
                    confirm(batches);
                }
                checkpointer.maybeStart();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // NOPMD: a dead confirmer would leave every caller waiting
                LOG.error("event store confirmer failed", e);
                var failure = new AppendUnconfirmed("could not confirm the append", e);
                batches.forEach(b -> b.decisions().answer(failure));
            } finally {
                batches.clear();
            }
        }
        checkpointer.finish();
    }

    private void confirm(List<Committed> batches) {
        var rows = new ArrayList<BatchRows>();
        long to = headPosition;
        for (Committed b : batches) {
            to = Math.max(to, b.to());
            if (!b.rows().isEmpty()) {
                rows.add(b.rows());
            }
        }
        EventStoreException unconfirmed = rows.isEmpty() ? null : checkpointer.makeDurable(rows);
        long from = headPosition + 1;
        headPosition = to;
        for (Committed b : batches) {
            b.decisions().answer(unconfirmed);
        }
        if (to >= from) {
            doorbell.ring(new EventsCommitted(from, to, Instant.now()));
        }
    }
}
