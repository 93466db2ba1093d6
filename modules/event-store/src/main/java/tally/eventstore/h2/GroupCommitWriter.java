package tally.eventstore.h2;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.DiskFull;
import tally.eventstore.EventStoreException;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.groupcommit.AppendQueue;
import tally.eventstore.groupcommit.PendingAppend;
import tally.eventstore.h2.journal.BatchRows;

/**
 * The one thread that writes the log. It takes every append queued since its last commit (the
 * {@link AppendQueue} both engines' writers share), checks each against the streams' versions and the command ids seen, writes the survivors in one
 * transaction, and hands the batch to the {@link Confirmer}, which puts it in the file and only
 * then answers the callers and rings the doorbell. One writer is what makes positions gapless and
 * in order; one transaction and one file write per batch is what makes an answered append durable
 * and still fast.
 */
final class GroupCommitWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private static final BatchRows NOTHING = new BatchRows(Instant.EPOCH, List.of(), List.of());

    private final AppendQueue queue;
    private final LogTables tables;
    private final PreparedConnection connection;
    private final Confirmer confirmer;
    private final StreamHeads heads;
    // Held from a batch's first row to its commit: H2 takes its file's snapshot only between
    // batches (DiskWrites#batchFence says why).
    private final Lock batchFence;
    private final DiskGuard guard;
    // Committed to H2, perhaps not yet confirmed: where the next batch's positions start.
    private long committedHead;

    GroupCommitWriter(PreparedConnection connection, LogTables tables, EventStoreOptions options,
                      Confirmer confirmer, Lock batchFence, DiskGuard guard) throws SQLException {
        this.connection = connection;
        this.guard = guard;
        this.batchFence = batchFence;
        this.tables = tables;
        this.queue = new AppendQueue(options.maxBatch());
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
        queue.submit(new PendingAppend(request, data, answer));
        return answer;
    }

    /** The last position confirmed in the file and answered: what readers may see. */
    long headPosition() {
        return confirmer.headPosition();
    }

    /** Tests only: see {@link AppendQueue#beforeNextBatch}. */
    void beforeNextBatch(Runnable hook) {
        queue.beforeNextBatch(hook);
    }

    void stop() {
        queue.stop();
    }

    @Override
    public void run() {
        queue.drain(this::writeBatch, this::recover);
        confirmer.writerDone();
    }

    private void writeBatch(List<PendingAppend> batch) {
        DiskFull full = guard.refusal();
        if (full != null) {
            batch.forEach(p -> p.answer().completeExceptionally(full));
            return;
        }
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
