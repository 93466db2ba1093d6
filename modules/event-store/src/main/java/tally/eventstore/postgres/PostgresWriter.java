package tally.eventstore.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreException;

/**
 * This node's one writer: group commit, as the H2 engine's writer does it. It takes every append
 * queued since its last commit and writes them in one transaction that begins by taking the
 * log's advisory lock ({@link LogSql#LOG_LOCK}); under it the batch reads the head, the streams'
 * versions and the command ids as every node left them, draws its positions, inserts, and
 * commits, which lets the lock go ({@link BatchSql}: four round trips in all). So batches of all nodes take turns, each starting after the
 * last one committed: positions are gapless and a reader never sees 11 before 10 has committed.
 * The lock is held for one round trip of reads and one of inserts, not while callers are
 * answered.
 */
final class PostgresWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresWriter.class);

    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    // Submitters share it, stop() takes it alone: nothing is queued after the writer has left.
    private final ReadWriteLock admission = new ReentrantReadWriteLock();
    private final Connections connections;
    private final HeadBell bell;
    private final int maxBatch;
    private Connection connection;
    private volatile boolean stopping;
    // Tests only: runs once, when the next batch has its first append and before it takes the
    // rest, so a test can queue several appends that then make one batch.
    private volatile Runnable beforeNextBatch;

    PostgresWriter(Connections connections, HeadBell bell) {
        this.connections = connections;
        this.bell = bell;
        this.maxBatch = connections.options().maxBatch();
    }

    void submit(PendingAppend append) {
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
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } catch (Throwable e) { // NOPMD: a dead writer would leave every caller waiting
                LOG.error("event store writer failed on a batch", e);
                fail(batch, new EventStoreException("could not write to the event log", e));
            } finally {
                batch.clear();
            }
        }
        if (connection != null) {
            ReaderConnections.closeQuietly(connection);
        }
    }

    private void writeBatch(List<PendingAppend> batch) {
        LockedBatch decided;
        try {
            Connection c = connection();
            decided = decideAndWrite(c, batch);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            // Nothing of the batch is in the log: the transaction, the lock with it, is gone.
            rollbackOrDrop();
            fail(batch, new EventStoreException("could not write to the event log: "
                    + e.getMessage(), e));
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

    private static void fail(List<PendingAppend> batch, EventStoreException failure) {
        for (PendingAppend p : batch) {
            p.answer().completeExceptionally(failure);
        }
    }

    static CompletableFuture<AppendResult> refused(RuntimeException why) {
        var answer = new CompletableFuture<AppendResult>();
        answer.completeExceptionally(why);
        return answer;
    }
}
