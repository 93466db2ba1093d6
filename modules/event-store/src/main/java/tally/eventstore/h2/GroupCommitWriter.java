package tally.eventstore.h2;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.DiskFull;
import tally.eventstore.EventStoreException;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.h2.journal.BatchRows;

/**
 * The one thread that writes the log. It takes every append queued since its last commit, checks
 * each against the streams' versions and the command ids seen, writes the survivors in one
 * transaction, and hands the batch to the {@link Confirmer}, which puts it in the file and only
 * then answers the callers and rings the doorbell. One writer is what makes positions gapless and
 * in order; one transaction and one file write per batch is what makes an answered append durable
 * and still fast.
 */
final class GroupCommitWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private static final BatchRows NOTHING = new BatchRows(Instant.EPOCH, List.of(), List.of());

    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    // Submitters share it, stop() takes it alone: nothing is queued after the writer may have
    // seen "stopping and empty" and left, so no caller waits for an answer that never comes.
    private final ReadWriteLock admission = new ReentrantReadWriteLock();
    private final LogTables tables;
    private final PreparedConnection connection;
    private final Confirmer confirmer;
    private final int maxBatch;
    private final StreamHeads heads;
    // Held from a batch's first row to its commit: H2 takes its file's snapshot only between
    // batches (DiskWrites#batchFence says why).
    private final Lock batchFence;
    private final DiskGuard guard;
    private volatile boolean stopping;
    // Tests only: runs once, when the next batch has its first append and before it takes the
    // rest, so a test can queue several appends that then make one batch.
    private volatile Runnable beforeNextBatch;
    // Committed to H2, perhaps not yet confirmed: where the next batch's positions start.
    private long committedHead;

    GroupCommitWriter(PreparedConnection connection, LogTables tables, EventStoreOptions options,
                      Confirmer confirmer, Lock batchFence, DiskGuard guard) throws SQLException {
        this.connection = connection;
        this.guard = guard;
        this.batchFence = batchFence;
        this.tables = tables;
        this.maxBatch = options.maxBatch();
        this.heads = new StreamHeads(stream -> tables.streamHead(connection, stream));
        this.committedHead = tables.headPosition(connection);
        this.confirmer = confirmer;
        connection.connection().setAutoCommit(false);
    }

    /**
     * Checks and encodes on the caller's thread, so that the writer spends its time writing and a
     * request the log cannot hold fails alone instead of failing the batch it would have joined.
     */
    CompletableFuture<AppendResult> submit(AppendRequest request) {
        var answer = new CompletableFuture<AppendResult>();
        List<String> data;
        try {
            tables.check(request);
            data = tables.encode(request.events());
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            return answer;
        }
        admission.readLock().lock();
        try {
            if (stopping) {
                answer.completeExceptionally(new EventStoreException("the event store is closed"));
            } else {
                queue.add(new PendingAppend(request, data, answer));
            }
        } finally {
            admission.readLock().unlock();
        }
        return answer;
    }

    /** The last position confirmed in the file and answered: what readers may see. */
    long headPosition() {
        return confirmer.headPosition();
    }

    void beforeNextBatch(Runnable hook) {
        beforeNextBatch = hook;
    }

    void stop() {
        admission.writeLock().lock();
        try {
            stopping = true;
        } finally {
            admission.writeLock().unlock();
        }
    }

    @Override
    public void run() {
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
                DiskFull full = guard.refusal();
                if (full == null) {
                    writeBatch(batch);
                } else {
                    batch.forEach(p -> p.answer().completeExceptionally(full));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } catch (Throwable e) { // NOPMD: a dead writer would leave every caller waiting
                LOG.error("event store writer failed on a batch", e);
                recover();
                batch.forEach(p -> p.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        confirmer.writerDone();
    }

    private void writeBatch(List<PendingAppend> batch) {
        var plan = new BatchPlan(committedHead, heads);
        var decisions = new BatchDecisions(plan);
        BatchRows rows = NOTHING;
        batchFence.lock();
        try {
            var seen = tables.findCommands(connection, decisions.commandIds(batch));
            decisions.decideAll(batch, seen);
            if (!plan.isEmpty()) {
                rows = plan.rows(Instant.now());
                tables.insert(connection, rows);
                connection.connection().commit();
            }
        } catch (SQLException | RuntimeException e) {
            recover();
            var failure = new EventStoreException("could not write to the event log", e);
            batch.forEach(p -> p.answer().completeExceptionally(failure));
            return;
        } finally {
            batchFence.unlock();
        }
        heads.advance(plan.newHeads());
        committedHead = plan.lastPosition();
        confirmer.handOver(new Confirmer.Committed(decisions, committedHead, rows));
    }

    /** After a failed batch, what we believed may be wrong: read it from the log again. */
    private void recover() {
        batchFence.lock();
        try {
            connection.connection().rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        } finally {
            batchFence.unlock();
        }
        heads.forgetAll();
        try {
            committedHead = tables.headPosition(connection);
        } catch (SQLException e) {
            LOG.warn("could not re-read the head position", e);
        }
    }
}
