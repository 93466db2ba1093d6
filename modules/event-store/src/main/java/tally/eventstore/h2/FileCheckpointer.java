package tally.eventstore.h2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.Durability;
import tally.eventstore.AppendUnconfirmed;
import tally.eventstore.EventStoreException;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.Journal;

/**
 * How committed rows become durable: each confirmation round into the {@link Journal}, and about
 * once a second a checkpoint, on a thread of its own, that puts H2's file level with its tables
 * ({@link DiskWrites}) and deletes the journal segments finished before it began. If the journal
 * cannot be written, H2's file takes the round instead, as it took every round before there was
 * a journal.
 */
final class FileCheckpointer {
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckpointer.class);
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Path dir;
    private final DiskWrites disk;
    private final DiskGuard guard;
    private final boolean fsync;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "event-store-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    // Null once it failed and could not start afresh: then every round waits for H2's file.
    private Journal journal;
    private long lastStarted = System.nanoTime();

    FileCheckpointer(Path dir, Journal journal, DiskWrites disk, DiskGuard guard,
                     Durability durability) {
        this.dir = dir;
        this.guard = guard;
        this.journal = journal;
        this.disk = disk;
        this.fsync = durability == Durability.FSYNC;
    }

    /** On the confirmer's thread. Null when the rows are durable, else why not. */
    EventStoreException makeDurable(List<BatchRows> rows) {
        if (journal == null) {
            return writeFile();
        }
        try {
            appendToJournal(rows);
            return null;
        } catch (IOException e) {
            if (guard.writeFailed(e)) {
                return afterDiskFull(rows, e);
            }
            LOG.error("the event journal could not be written; the log's file is written instead",
                    e);
            return checkpointNow();
        } catch (RuntimeException e) {
            LOG.error("the event journal could not be written; the log's file is written instead",
                    e);
            return checkpointNow();
        }
    }

    private void appendToJournal(List<BatchRows> rows) throws IOException {
        journal.append(rows);
        if (fsync) {
            journal.force();
        }
    }

    /**
     * The disk filled under the journal: the reserve is gone now, so the round is written again.
     * Not H2's file in its place: H2 closes a store it could not write, for good.
     */
    private EventStoreException afterDiskFull(List<BatchRows> rows, IOException first) {
        try {
            appendToJournal(rows);
            LOG.warn("the disk filled under the journal; the round was written into the reserve",
                    first);
            return null;
        } catch (IOException e) {
            LOG.error("the disk is full: a committed round could not be made durable", e);
            return new AppendUnconfirmed("appended, but the disk is full and did not take it;"
                    + " a retry with the same command id returns the first answer", e);
        }
    }

    /** On the confirmer's thread: starts a checkpoint if the last one is done and a second old. */
    void maybeStart() {
        long now = System.nanoTime();
        if (journal == null || journal.isEmpty() || now - lastStarted < INTERVAL_NANOS
                || !running.compareAndSet(false, true)) {
            return;
        }
        lastStarted = now;
        long finished;
        try {
            finished = journal.rotate();
        } catch (IOException e) {
            running.set(false);
            LOG.error("could not start a new journal segment", e); // the next append falls back
            return;
        }
        background.execute(() -> {
            try {
                if (writeFile() == null) {
                    Journal.deleteUpTo(dir, finished);
                }
            } catch (IOException e) {
                LOG.warn("could not delete finished journal segments", e);
            } finally {
                running.set(false);
            }
        });
    }

    /** When the writer has stopped: H2's file takes everything, and the journal goes. */
    void finish() {
        background.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writeFile() == null && journal != null) {
            try {
                journal.close();
                Journal.deleteUpTo(dir, Long.MAX_VALUE);
            } catch (IOException e) {
                LOG.warn("could not delete the journal; the next start replays what it needs", e);
            }
        }
    }

    /** After the journal failed: H2's file takes everything, and the journal starts afresh. */
    private EventStoreException checkpointNow() {
        EventStoreException failure = writeFile();
        if (failure == null) {
            try {
                Journal.deleteUpTo(dir, journal.rotate());
            } catch (IOException e) {
                LOG.error("the event journal is given up: every batch now waits for the log's"
                        + " file", e);
                journal = null;
            }
        }
        return failure;
    }

    private EventStoreException writeFile() {
        if (!guard.roomForFileWrite()) {
            // The journal keeps the rows meanwhile; a later checkpoint, or the next start, writes
            // them. H2 would close a store whose write failed.
            return new AppendUnconfirmed("the disk is full: the log's file was not written; a"
                    + " retry with the same command id returns the first answer", null);
        }
        try {
            disk.write();
            if (fsync) {
                disk.sync();
            }
            return null;
        } catch (RuntimeException e) {
            LOG.error("event log committed but not confirmed on disk", e);
            return new AppendUnconfirmed("appended, but the disk did not confirm it; a retry"
                    + " with the same command id returns the first answer", e);
        }
    }
}
