package tally.eventstore;

import java.time.Instant;
import java.util.Objects;

/**
 * A command id recorded by an append of no events (a count that matched the stock): the only
 * command ids not carried by an event ({@link RawEvent#commandId()}). A copy of the log keeps
 * them too, so that a retry of such a command gets the same answer on the copy.
 */
public record RawCommand(String commandId, String stream, long version, long position,
                         String fingerprint, String user, Instant recordedAt) {
    public RawCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
