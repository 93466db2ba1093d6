package tally.eventstore.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Puts H2's file level with its tables: at each checkpoint ({@link FileCheckpointer}), after a
 * journal replay, and for every round if the journal cannot be written.
 *
 * <p>H2 could make each commit durable itself ({@code WRITE_DELAY=0}), but then every commit
 * writes a chunk, each chunk keeps a few pages live, and the file grew about 10 KB per append
 * without end (4 GB after 330,000 appends in a soak). Nor may H2's background writer store when
 * its delay runs out: it stores beside the writer's commits (see {@link #batchFence()}). So its
 * delay is as long as H2 allows, and this stores on demand, between batches: once a second from
 * the checkpoint, which keeps the file at about 175 bytes an append (2.45 million appends in
 * 60 s made 425 MB, as with H2's background writer: an append-only log frees whole chunks).
 *
 * <p>This reaches into H2's internal API (2.3.232, pinned by the BOM): an upgrade must check it
 * again; KillNineTest and JournalTest are the check.
 */
final class DiskWrites {
    private final MVStore store;
    private final Lock batchFence = new ReentrantLock();

    DiskWrites(Connection connection) throws SQLException {
        var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        this.store = session.getDatabase().getStore().getMvStore();
    }

    /**
     * Held by the writer from a batch's first row to its commit or rollback, and by
     * {@link #write()} while H2 takes the maps it will store: so H2 never stores a transaction
     * half done. It stores the maps one after another, not at one instant; a store that ran beside
     * a commit could keep a row as its transaction's unfinished write after the transaction had
     * gone from its undo log. Reopened after a kill, that row was seen by whichever session
     * happened to get the same transaction number and hidden from all others (a gap in the log
     * for every reader, while the writer saw the row: 3 kills in 60 did it before this fence).
     */
    Lock batchFence() {
        return batchFence;
    }

    /** What is committed reaches the operating system: it survives {@code kill -9}. */
    void write() {
        batchFence.lock();
        try {
            // Takes the maps now and writes them on H2's own threads, so the writer waits for
            // the taking only; a store H2 began meanwhile (it cannot, see the URL) is waited for.
            if (store.tryCommit() < 0) {
                store.commit();
            }
        } finally {
            batchFence.unlock();
        }
        store.getFileStore().executeFileStoreOperation(() -> { });
    }

    /**
     * What is written reaches the platter: {@code FileChannel.force(true)} on the database
     * file. Call after {@link #write()}.
     */
    void sync() {
        store.sync();
    }
}
