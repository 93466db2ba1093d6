package tally.eventstore;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the log is kept.
 *
 * @param dataDir        the folder holding {@code events.mv.db}
 * @param durability     how hard each commit presses on the disk
 * @param compactOnClose compact the file on a clean close (H2 grows it between compactions)
 * @param maxBatch       most appends one transaction takes
 * @param diskReserve    bytes kept in a reserve file beside the log, given up when the disk is
 *                       full so that what was taken can still be written (docs/durability.md,
 *                       "A full disk"); 0 keeps none
 */
public record EventStoreOptions(Path dataDir, Durability durability, boolean compactOnClose,
                                int maxBatch, long diskReserve) {

    public EventStoreOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(durability, "durability");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        if (diskReserve < 0) {
            throw new IllegalArgumentException("diskReserve must not be negative");
        }
    }

    public static EventStoreOptions in(Path dataDir) {
        return new EventStoreOptions(dataDir, Durability.DEFAULT, false, 1000, 0);
    }

    public EventStoreOptions withDurability(Durability d) {
        return new EventStoreOptions(dataDir, d, compactOnClose, maxBatch, diskReserve);
    }

    public EventStoreOptions withCompactOnClose(boolean compact) {
        return new EventStoreOptions(dataDir, durability, compact, maxBatch, diskReserve);
    }

    public EventStoreOptions withMaxBatch(int appends) {
        return new EventStoreOptions(dataDir, durability, compactOnClose, appends, diskReserve);
    }

    public EventStoreOptions withDiskReserve(long bytes) {
        return new EventStoreOptions(dataDir, durability, compactOnClose, maxBatch, bytes);
    }
}
