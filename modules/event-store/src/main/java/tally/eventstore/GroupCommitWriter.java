package tally.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the log. It takes every append queued since its last commit, checks
 * each against the streams' versions and the command ids seen, writes the survivors in one
 * transaction, and only then answers the callers and rings the doorbell. One writer is what
 * makes positions gapless and visible in order; one transaction per batch is what makes
 * {@code WRITE_DELAY=0} affordable.
 */
final class GroupCommitWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    record Pending(AppendRequest request, CompletableFuture<AppendResult> answer) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final LogTables tables;
    private final Connection connection;
    private final Durability durability;
    private final Doorbell doorbell;
    private final int maxBatch;
    private final StreamHeads heads;
    private volatile boolean stopping;
    private volatile long headPosition;

    GroupCommitWriter(Connection connection, LogTables tables, EventStoreOptions options,
                      Doorbell doorbell) throws SQLException {
        this.connection = connection;
        this.tables = tables;
        this.durability = options.durability();
        this.doorbell = doorbell;
        this.maxBatch = options.maxBatch();
        this.heads = new StreamHeads(stream -> tables.streamHead(connection, stream));
        this.headPosition = tables.headPosition(connection);
        connection.setAutoCommit(false);
    }

    CompletableFuture<AppendResult> submit(AppendRequest request) {
        var answer = new CompletableFuture<AppendResult>();
        if (stopping) {
            answer.completeExceptionally(new EventStoreException("the event store is closed"));
            return answer;
        }
        queue.add(new Pending(request, answer));
        return answer;
    }

    long headPosition() {
        return headPosition;
    }

    void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        var batch = new ArrayList<Pending>(maxBatch);
        while (!(stopping && queue.isEmpty())) {
            try {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } catch (RuntimeException e) {
                LOG.error("event store writer failed on a batch", e);
                batch.forEach(p -> p.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        var plan = new BatchPlan(headPosition, heads);
        var accepted = new ArrayList<Pending>(batch.size());
        var duplicates = new HashMap<Pending, AppendResult>();
        try {
            var seen = tables.findCommands(connection, commandIdsOf(batch));
            for (Pending p : batch) {
                decide(p, plan, seen, accepted, duplicates);
            }
            if (!plan.isEmpty()) {
                tables.insert(connection, plan, Instant.now());
                connection.commit();
                if (durability == Durability.FSYNC) {
                    tables.syncToDisk(connection);
                }
            }
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            heads.forget(plan.streams());
            var failure = new EventStoreException("could not write to the event log", e);
            accepted.forEach(p -> p.answer().completeExceptionally(failure));
            duplicates.keySet().forEach(p -> p.answer().completeExceptionally(failure));
            return;
        }
        heads.advance(plan.newHeads());
        long from = headPosition + 1;
        headPosition = plan.lastPosition();
        for (Pending p : accepted) {
            p.answer().complete(plan.resultOf(p.request()));
        }
        duplicates.forEach((p, r) -> p.answer().complete(r));
        if (headPosition >= from) {
            doorbell.ring(new EventsCommitted(from, headPosition, Instant.now()));
        }
    }

    /** Version check and idempotency for one append, against the log plus this batch so far. */
    private void decide(Pending p, BatchPlan plan, Map<String, AppendResult> seen,
                        List<Pending> accepted, Map<Pending, AppendResult> duplicates)
            throws SQLException {
        AppendRequest r = p.request();
        if (r.commandId() != null) {
            AppendResult first = seen.get(r.commandId());
            if (first == null) {
                first = plan.resultOfCommand(r.commandId());
            }
            if (first != null) {
                if (r.fingerprint() != null && !r.fingerprint().equals(first.fingerprint())) {
                    p.answer().completeExceptionally(new CommandIdReused(first));
                } else {
                    duplicates.put(p, first.asDuplicate());
                }
                return;
            }
        }
        long actual = plan.versionOf(r.stream());
        if (!r.expectedVersion().admits(actual)) {
            p.answer().completeExceptionally(
                    new VersionConflict(r.stream(), r.expectedVersion().value(), actual));
            return;
        }
        plan.add(r);
        accepted.add(p);
    }

    private static List<String> commandIdsOf(List<Pending> batch) {
        var ids = new ArrayList<String>();
        for (Pending p : batch) {
            if (p.request().commandId() != null) {
                ids.add(p.request().commandId());
            }
        }
        return ids;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        }
    }
}
