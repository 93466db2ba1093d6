package tally.eventstore.groupcommit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.EventStoreException;

/**
 * The queue in front of an engine's one writer thread, and that thread's loop: group commit as
 * both engines do it. The loop takes every append queued since the last batch (up to a batch's
 * most) and hands them to the engine, which decides, writes and answers them in one transaction
 * its own way (H2: one file, then a confirmer; PostgreSQL: under the log's lock). What the
 * engines share is only this: who may still queue, how a batch is taken, and that no caller is
 * left waiting, neither after a stop nor after a batch that failed in a way nobody foresaw.
 */
public final class AppendQueue {
    private static final Logger LOG = LoggerFactory.getLogger(AppendQueue.class);

    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    // Submitters share it, stop() takes it alone: nothing is queued after the writer may have
    // seen "stopping and empty" and left, so no caller waits for an answer that never comes.
    private final ReadWriteLock admission = new ReentrantReadWriteLock();
    private final int maxBatch;
    private volatile boolean stopping;
    // Tests only: runs once, when the next batch has its first append and before it takes the
    // rest, so a test can queue several appends that then make one batch.
    private volatile Runnable beforeNextBatch;

    public AppendQueue(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /** Queues the append for the writer, or answers it at once if the store is closing. */
    public void submit(PendingAppend append) {
        admission.readLock().lock();
        try {
            if (stopping) {
                append.answer().completeExceptionally(
                        new EventStoreException("the event store is closed"));
            } else {
                queue.add(append);
            }
        } finally {
            admission.readLock().unlock();
        }
    }

    public void beforeNextBatch(Runnable hook) {
        beforeNextBatch = hook;
    }

    /** Refuses new appends; {@link #drain} returns once those queued before are written. */
    public void stop() {
        admission.writeLock().lock();
        try {
            stopping = true;
        } finally {
            admission.writeLock().unlock();
        }
    }

    /**
     * The writer thread's loop, until stopped and empty: each batch goes to {@code write}, which
     * answers its appends. If {@code write} throws, the batch's appends fail with the cause and
     * then {@code recover} runs: what the writer believed may be wrong.
     */
    public void drain(Consumer<List<PendingAppend>> write, Runnable recover) {
        var batch = new ArrayList<PendingAppend>(maxBatch);
        while (!(stopping && queue.isEmpty())) {
            try {
                PendingAppend first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                Runnable hook = beforeNextBatch;
                if (hook != null) {
                    beforeNextBatch = null;
                    hook.run();
                }
                queue.drainTo(batch, maxBatch - 1);
                write.accept(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } catch (Throwable e) { // NOPMD: a dead writer would leave every caller waiting
                LOG.error("event store writer failed on a batch", e);
                var failure = new EventStoreException("could not write to the event log", e);
                batch.forEach(p -> p.answer().completeExceptionally(failure));
                recover.run();
            } finally {
                batch.clear();
            }
        }
    }
}
