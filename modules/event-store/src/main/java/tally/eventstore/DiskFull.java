package tally.eventstore;

/**
 * The disk holding the log is full: the append was refused before anything was decided or
 * stored, and the log takes appends again by itself once space is freed (docs/durability.md,
 * "A full disk"). Its message names the folder and says what to do.
 */
public final class DiskFull extends EventStoreException {
    public DiskFull(String message) {
        super(message);
    }
}
