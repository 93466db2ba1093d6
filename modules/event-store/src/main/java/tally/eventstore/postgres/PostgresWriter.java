package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.AppendResult;
import tally.eventstore.AppendUnconfirmed;
import tally.eventstore.EventStoreException;
import tally.eventstore.groupcommit.AppendQueue;
import tally.eventstore.groupcommit.PendingAppend;

/**
 * This node's one writer: group commit, as the H2 engine's writer does it. It takes every append
 * queued since its last commit (the {@link AppendQueue} both engines' writers share) and writes
 * them in one transaction that begins by taking the log's advisory lock ({@link LogSql#LOG_LOCK});
 * under it the batch reads the head, the streams' versions and the command ids as every node left
 * them, draws its positions, inserts, and commits, which lets the lock go ({@link BatchSql}: four
 * round trips in all). So batches of all nodes take turns, each starting after the last one
 * committed: positions are gapless and a reader never sees 11 before 10 has committed. The lock
 * is held for one round trip of reads and one of inserts, not while callers are answered. How a
 * batch is decided and written is this engine's own; {@code h2.GroupCommitWriter} shares only
 * the queue, since its batch ends in a file write and a confirmer instead of a lock and a notice.
 */
final class PostgresWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresWriter.class);

    private final AppendQueue queue;
    private final Connections connections;
    private final HeadBell bell;
    private Connection connection;

    PostgresWriter(Connections connections, HeadBell bell) {
        this.connections = connections;
        this.bell = bell;
        this.queue = new AppendQueue(connections.options().maxBatch());
    }

    void submit(PendingAppend append) {
        queue.submit(append);
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
        queue.drain(this::writeBatch, this::rollbackOrDrop);
        if (connection != null) {
            ReaderConnections.closeQuietly(connection);
        }
    }

    private void writeBatch(List<PendingAppend> batch) {
        LockedBatch decided;
        boolean committing = false;
        try {
            Connection c = connection();
            decided = decideAndWrite(c, batch);
            committing = true;
            c.commit();
        } catch (SQLException | RuntimeException e) {
            // Before the commit nothing of the batch is in the log (the transaction, the lock
            // with it, is gone); a commit that failed on the way back may have been made.
            rollbackOrDrop();
            var failure = committing
                    ? new AppendUnconfirmed("the event log did not confirm the commit ("
                            + e.getMessage() + "); a retry with the same command id returns"
                            + " the first answer", e)
                    : new EventStoreException("could not write to the event log: "
                            + e.getMessage(), e);
            batch.forEach(p -> p.answer().completeExceptionally(failure));
            return;
        }
        decided.answer();
        bell.advanceTo(decided.lastPosition());
    }

    private LockedBatch decideAndWrite(Connection c, List<PendingAppend> batch)
            throws SQLException {
        var streams = new LinkedHashSet<String>();
        var ids = new ArrayList<String>();
        for (PendingAppend p : batch) {
            streams.add(p.request().stream());
            if (p.request().commandId() != null) {
                ids.add(p.request().commandId());
            }
        }
        BatchSql.lock(c);
        var log = BatchSql.read(c, List.copyOf(streams), ids);
        var decided = new LockedBatch(log.head(), log.heads(), log.seen());
        batch.forEach(decided::decide);
        if (!decided.writesNothing()) {
            BatchSql.write(c, decided, Instant.now(), decided.lastPosition() > log.head());
        }
        return decided;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = connections.open();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    /** After a failure: roll back, or if the connection is broken open a new one next time. */
    private void rollbackOrDrop() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed; the next batch opens a new connection", e);
            ReaderConnections.closeQuietly(connection);
            connection = null;
        }
    }

    static CompletableFuture<AppendResult> refused(RuntimeException why) {
        var answer = new CompletableFuture<AppendResult>();
        answer.completeExceptionally(why);
        return answer;
    }
}
