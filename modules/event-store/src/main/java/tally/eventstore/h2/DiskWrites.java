package tally.eventstore.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Puts H2's file level with its tables: at each checkpoint ({@link FileCheckpointer}), after a
 * journal replay, and for every round if the journal cannot be written.
 *
 * <p>H2 could make each commit durable itself ({@code WRITE_DELAY=0}), but then it never runs its
 * background housekeeping: every commit writes a chunk, each chunk keeps a few pages live (index
 * leaves touched again only much later), nothing compacts them, and the file grew about 10 KB per
 * append without end (4 GB after 330,000 appends in a soak). So H2 keeps its background writer,
 * which compacts and reuses space, and this stores on demand: {@link MVStore#commit()} writes
 * synchronously, and when H2's background writer had already taken the pages, its write may
 * still be under way, so we also wait until H2's serialization and save executors are empty.
 *
 * <p>This reaches into H2's internal API (2.3.232, pinned by the BOM): an upgrade must check it
 * again; KillNineTest and JournalTest are the check.
 */
final class DiskWrites {
    private final MVStore store;

    DiskWrites(Connection connection) throws SQLException {
        var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        this.store = session.getDatabase().getStore().getMvStore();
    }

    /** What is committed reaches the operating system: it survives {@code kill -9}. */
    void write() {
        store.commit();
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
