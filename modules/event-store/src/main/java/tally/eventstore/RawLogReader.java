package tally.eventstore;

import java.util.List;

/**
 * The log's rows as stored, for copying it (a backup; the log moved to another engine). Reads
 * never hold the writer: every row up to a confirmed head is final (the log is append-only), so
 * paging up to a head read once is a consistent copy however long it takes, while commands
 * go on being appended after that head.
 */
public interface RawLogReader {
    /** The last confirmed position: what a copy started now holds at most. */
    long headPosition();

    /** Up to {@code limit} rows after {@code after} and at most {@code upTo}, in position order. */
    List<RawEvent> rawEvents(long after, long upTo, int limit);

    /**
     * The command ids recorded without events whose answer is at most {@code upTo} (an append of
     * nothing answers with its stream's last position, so this holds every such id of the copy).
     */
    List<RawCommand> rawCommands(long upTo);
}
