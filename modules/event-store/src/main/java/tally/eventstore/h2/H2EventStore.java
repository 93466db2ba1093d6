package tally.eventstore.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreException;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogReader;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.h2.journal.Journal;

/** The log in an H2 file, {@code events.mv.db} in the data folder. */
public final class H2EventStore implements EventStore, RawLogReader {
    private static final Logger LOG = LoggerFactory.getLogger(H2EventStore.class);

    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    private final EventStoreOptions options;
    private final Path folder;
    private final ReaderPool readers;
    private final PreparedConnection writerConnection;
    private final EventCodec codec = new EventCodec();
    private final LogTables tables = new LogTables(codec);
    private final LogReads reads = new LogReads(codec, tables);
    private final Doorbell doorbell;
    private final GroupCommitWriter writer;
    private final Thread writerThread;
    private final Thread confirmerThread;
    private final int restoredAtOpen;
    private final boolean indexesRebuilt;
    private final DiskGuard guard;
    private volatile boolean closed;

    private H2EventStore(EventStoreOptions options, Doorbell doorbell, Path folder)
            throws SQLException, IOException {
        this.options = options;
        this.doorbell = doorbell;
        this.folder = folder;
        boolean existed = Files.exists(folder.resolve("events.mv.db"));
        var source = new JdbcDataSource();
        source.setURL(jdbcUrl(options));
        source.setUser("tally");
        // The writer's connection, opened first, keeps the database open while Flyway comes and
        // goes.
        this.writerConnection = new PreparedConnection(source.getConnection());
        this.readers = new ReaderPool(source);
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/events")
                    .table("events_schema_history").load().migrate();
            this.indexesRebuilt = !CleanStop.take(folder) && existed;
            if (indexesRebuilt) {
                long t0 = System.nanoTime();
                LogIndexes.rebuild(writerConnection);
                LOG.info("the log was not closed cleanly last time: its indexes were built again"
                        + " from its tables in {} ms", (System.nanoTime() - t0) / 1_000_000);
            }
            var disk = new DiskWrites(writerConnection.connection());
            this.restoredAtOpen = JournalReplay.replay(folder, writerConnection, tables, disk);
            if (restoredAtOpen > 0) {
                LOG.warn("the log was not closed cleanly: put back {} rows from its journal",
                        restoredAtOpen);
            }
            this.guard = new DiskGuard(folder, options.diskReserve());
            var checkpointer = new FileCheckpointer(folder,
                    Journal.startAfter(folder, options.durability()), disk, guard,
                    options.durability());
            var confirmer = new Confirmer(checkpointer, doorbell, tables.headPosition(
                    writerConnection));
            this.writer = new GroupCommitWriter(writerConnection, tables, options, confirmer,
                    disk.batchFence(), guard);
            this.confirmerThread = new Thread(confirmer, "event-store-confirmer");
        } catch (SQLException | IOException | RuntimeException e) {
            writerConnection.close();
            throw e;
        }
        this.writerThread = new Thread(writer, "event-store-writer");
        // A store nobody closed must not keep the JVM alive; what it answered is on disk already.
        writerThread.setDaemon(true);
        confirmerThread.setDaemon(true);
        confirmerThread.start();
        writerThread.start();
    }

    /**
     * Opens (creating if need be) the log in {@code options.dataDir()}. Fails with a message naming
     * the folder when another process, or another store in this one, holds it: H2 would let a
     * second store of this JVM share the file, and two writers would break the gapless log.
     */
    public static H2EventStore open(EventStoreOptions options, Doorbell doorbell) {
        Path folder = null;
        try {
            Files.createDirectories(options.dataDir());
            folder = options.dataDir().toRealPath();
            if (!OPEN_FOLDERS.add(folder)) {
                folder = null;
                throw new EventStoreException("it is already open in this process");
            }
            return new H2EventStore(options, doorbell, folder);
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            if (folder != null) {
                OPEN_FOLDERS.remove(folder);
            }
            throw new EventStoreException("cannot open the event log in "
                    + options.dataDir().toAbsolutePath() + ": " + rootMessage(e), e);
        }
    }

    public static H2EventStore open(EventStoreOptions options) {
        return open(options, new Doorbell());
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        return writer.submit(request);
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        long head = writer.headPosition();
        return read(c -> reads.readStream(c, stream, head));
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        long head = writer.headPosition();
        return read(c -> reads.readAll(c, afterPosition, head, limit));
    }

    @Override
    public long headPosition() {
        return writer.headPosition();
    }

    @Override
    public List<RawEvent> rawEvents(long after, long upTo, int limit) {
        long head = Math.min(upTo, writer.headPosition());
        return read(c -> RawReads.events(c, after, head, limit));
    }

    @Override
    public List<RawCommand> rawCommands(long upTo) {
        long head = Math.min(upTo, writer.headPosition());
        return read(c -> RawReads.commands(c, head));
    }

    @Override
    public Optional<AppendResult> findCommand(String commandId) {
        return read(c -> reads.findCommand(c, commandId));
    }

    @Override
    public Optional<String> writeProblem() {
        return Optional.ofNullable(guard.problem());
    }

    @Override
    public Doorbell doorbell() {
        return doorbell;
    }

    /** Rows the journal put back at open because H2's file had lost them; 0 after a clean stop. */
    public int restoredAtOpen() {
        return restoredAtOpen;
    }

    /** Whether the indexes were built again at open: the last run did not close the log. */
    public boolean indexesRebuiltAtOpen() {
        return indexesRebuilt;
    }

    /** Tests only: see {@link GroupCommitWriter#beforeNextBatch}. */
    void beforeNextBatch(Runnable hook) {
        writer.beforeNextBatch(hook);
    }

    public EventStoreOptions options() {
        return options;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.stop();
        try {
            writerThread.join(TimeUnit.SECONDS.toMillis(30));
            confirmerThread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Statement s = writerConnection.connection().createStatement()) {
            s.execute(options.compactOnClose() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            CleanStop.leave(folder);
        } catch (SQLException | IOException e) {
            LOG.warn("event log did not shut down cleanly", e);
        }
        readers.close();
        guard.close();
        try {
            writerConnection.close();
        } catch (SQLException e) {
            LOG.debug("closing the writer's connection after shutdown", e);
        }
        OPEN_FOLDERS.remove(folder);
    }

    /** Where H2 keeps the log of {@code options}; package-private for tests that open it raw. */
    static String jdbcUrl(EventStoreOptions options) {
        // WRITE_DELAY as long as H2 allows: H2's background writer would store the maps whenever
        // its delay ran out, also in the middle of a commit; only DiskWrites stores them, between
        // batches (DiskWrites#batchFence). Not 0: then H2 stores at every commit itself.
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, after the writer has answered everyone.
        return "jdbc:h2:file:" + options.dataDir().toAbsolutePath().resolve("events")
                + ";WRITE_DELAY=" + Integer.MAX_VALUE + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private <T> T read(ReaderPool.Query<T> query) {
        try {
            return readers.read(query);
        } catch (SQLException e) {
            throw new EventStoreException("could not read the event log: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
