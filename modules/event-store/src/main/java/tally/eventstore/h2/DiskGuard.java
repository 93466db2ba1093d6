package tally.eventstore.h2;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.DiskFull;

/**
 * Keeps a full disk from costing an answered append or the store itself. H2 closes a store whose
 * file it could not write (every later call: "the store is closed"), and a journal record cut
 * short by a full disk would end what a replay reads, hiding the records after it. So the log
 * stops taking appends before the disk is quite full, and keeps a reserve to finish what it
 * already took:
 *
 * <ul>
 *   <li>while writable, a reserve file ({@value #RESERVE}) of the configured size sits in the data
 *       folder; when the free space falls below that size, or a journal write fails, the log is
 *       <b>full</b>: the reserve is deleted (room for the journal, H2's checkpoints and the other
 *       databases to write what was already taken) and every new batch is refused
 *       ({@link DiskFull});</li>
 *   <li>while full, each batch looks again: with three times the reserve free, the reserve is
 *       written back and appends are taken again, without a restart.</li>
 * </ul>
 *
 * <p>Besides each batch, a thread of its own looks every {@value #PROBE_MILLIS} ms, so that the
 * reserve goes as soon as the disk fills, not at the next command: the other databases in the
 * folder write on their own (the views' H2 stores its changes half a second after a commit, and
 * closed for good when a filled disk refused that write before the next command came). It also
 * notices the space coming back, so readiness clears with no command sent.
 *
 * <p>Shared by the writer, the confirmer, the checkpoint and the probe, hence synchronized; a
 * probe is one {@code statvfs}, cheap beside a batch.
 */
final class DiskGuard {
    static final String RESERVE = "events.reserve";
    private static final Logger LOG = LoggerFactory.getLogger(DiskGuard.class);
    private static final long MB = 1024 * 1024;
    static final long PROBE_MILLIS = 100;

    private final Path folder;
    private final long reserve;
    private final FileStore disk;
    private final ScheduledExecutorService probe;
    // Null while writable, else what is wrong, for the refusals and the readiness check.
    private volatile String problem;
    // A new folder's reserve is not written yet (the probe writes it, see the constructor).
    private boolean firstReservePending;

    DiskGuard(Path folder, long reserveBytes) throws IOException {
        this.folder = folder;
        this.reserve = reserveBytes;
        this.disk = Files.getFileStore(folder);
        if (!Files.exists(folder.resolve(RESERVE))) {
            if (free() < 3 * reserve) {
                full("there was no room for the reserve at start");
            } else {
                firstReservePending = true;
            }
        }
        if (reserve > 0) {
            probe = Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "event-store-disk-probe");
                t.setDaemon(true);
                return t;
            });
            // Writing a new folder's reserve (32 MB by default) took 8 % of the server's start on
            // its main thread: the probe writes it meanwhile, and whatever needs it first (an
            // append, a file write, a probe) waits for it or writes it itself.
            probe.execute(this::firstReserve);
            probe.scheduleWithFixedDelay(this::look, PROBE_MILLIS, PROBE_MILLIS,
                    TimeUnit.MILLISECONDS);
        } else {
            probe = null;
            firstReserve();
        }
    }

    /** Writes a new folder's reserve, once, before the log takes anything that needs it. */
    private synchronized void firstReserve() {
        if (firstReservePending) {
            firstReservePending = false;
            if (!writableAgain()) {
                full("there was no room for the reserve at start");
            }
        }
    }

    /** When the store closes. */
    void close() {
        if (probe != null) {
            // Not shutdownNow: an interrupt would cut a reserve being written short (its
            // channel closes); a reserve not begun is left to the next start.
            probe.shutdown();
            synchronized (this) {
                firstReservePending = false;
            }
        }
    }

    private synchronized void look() {
        firstReserve();
        if (problem == null) {
            if (free() < reserve) {
                full("its free space fell below the reserve");
            }
        } else {
            writableAgain();
        }
    }

    /** What is wrong while the log refuses appends; null while it takes them. */
    String problem() {
        return problem;
    }

    /** The writer, before each batch: null when it may go, else why not (nothing is stored). */
    synchronized DiskFull refusal() {
        firstReserve();
        if (problem == null) {
            if (free() >= reserve) {
                return null;
            }
            full("its free space fell below the reserve");
        } else if (writableAgain()) {
            return null;
        }
        return new DiskFull(problem + ": the log takes no commands until space is freed there;"
                + " nothing of this command was stored, retry it with the same command id");
    }

    /**
     * Before H2's file is written: on a disk that is nearly full the reserve goes first; false
     * when even so there is less than half the reserve free (something else took it), and the
     * write had better wait: H2 closes a store whose write failed.
     */
    synchronized boolean roomForFileWrite() {
        firstReserve();
        if (problem == null && free() < reserve) {
            full("its free space fell below the reserve");
        }
        return problem == null || free() >= reserve / 2;
    }

    /**
     * A journal write failed. True when the disk is the reason (no space left, or less free than
     * the reserve): it is then taken as full, and the reserve goes.
     */
    synchronized boolean writeFailed(IOException e) {
        firstReserve();
        String message = String.valueOf(e.getMessage());
        if (!message.contains("No space left") && !message.contains("not enough space")
                && free() >= reserve) {
            return false;
        }
        if (problem == null) {
            full("a write of its journal failed: " + message);
        }
        return true;
    }

    private void full(String why) {
        problem = "the disk holding the data folder " + folder + " is full (" + free() / MB
                + " MB free, " + why + ")";
        try {
            Files.deleteIfExists(folder.resolve(RESERVE));
        } catch (IOException e) {
            LOG.warn("could not delete the disk reserve {}", folder.resolve(RESERVE), e);
        }
        LOG.error("{}: commands are refused until space is freed there; the reserve of {} MB was"
                + " given up to finish what was taken", problem, reserve / MB);
    }

    private boolean writableAgain() {
        if (free() < 3 * reserve) {
            return false;
        }
        Path file = folder.resolve(RESERVE);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[(int) Math.min(MB, Math.max(1, reserve))];
            for (long left = reserve; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            LOG.warn("could not write the disk reserve {}", file, e);
            return false;
        }
        if (problem != null) {
            LOG.info("the disk holding {} has room again: the log takes commands", folder);
        }
        problem = null;
        return true;
    }

    private long free() {
        try {
            return disk.getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }
}
