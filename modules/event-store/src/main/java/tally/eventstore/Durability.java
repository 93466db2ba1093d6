package tally.eventstore;

/** How hard a commit presses on the disk before the caller is answered. */
public enum Durability {
    /** Each batch reaches the file before it is answered: survives {@code kill -9}. */
    DEFAULT,
    /** Also forces each batch to the platter: survives a power cut, for sites without a UPS. */
    FSYNC;

    /** Reads {@code tally.durability}: {@code default} or {@code fsync}, any case. */
    public static Durability parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "tally.durability must be 'default' or 'fsync', not '" + text + "'");
        }
    }
}
