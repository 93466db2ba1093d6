package tally.eventstore;

import java.util.List;

/**
 * Builds a log from copied rows, into an EMPTY store only, keeping every position, id, time and
 * user as it was. Rows come in position order from 1 with no gap, else {@link #add} refuses
 * them; nothing is usable as a log until {@link #finish}, and a copy stopped half way (a
 * damaged backup) is closed with {@link #close} and its folder thrown away by the caller.
 */
public interface RawLogImporter extends AutoCloseable {
    /** The next rows of the log: the first at position {@code imported() + 1}, then one by one. */
    void add(List<RawEvent> rows);

    /** Command ids recorded without events ({@link RawCommand}). */
    void addCommands(List<RawCommand> rows);

    /** The last position added so far; 0 before any. */
    long imported();

    /** Makes what was added durable and the store ready to open as a log. */
    void finish();

    /** Lets the files go; after {@link #finish}, or instead of it when the copy failed. */
    @Override
    void close();
}
