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
 */
public record EventStoreOptions(Path dataDir, Durability durability, boolean compactOnClose,
                                int maxBatch) {

    public EventStoreOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(durability, "durability");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
    }

    public static EventStoreOptions in(Path dataDir) {
        return new EventStoreOptions(dataDir, Durability.DEFAULT, false, 1000);
    }

    public EventStoreOptions withDurability(Durability d) {
        return new EventStoreOptions(dataDir, d, compactOnClose, maxBatch);
    }

    public EventStoreOptions withCompactOnClose(boolean compact) {
        return new EventStoreOptions(dataDir, durability, compact, maxBatch);
    }

    public EventStoreOptions withMaxBatch(int appends) {
        return new EventStoreOptions(dataDir, durability, compactOnClose, appends);
    }
}
