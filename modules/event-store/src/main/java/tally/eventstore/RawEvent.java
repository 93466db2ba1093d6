package tally.eventstore;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the log as the store keeps it, with nothing decoded: the event's JSON exactly as
 * stored, so that a copy of the log (a backup, or the log moved to another engine) is the same
 * log byte for byte, whichever events this version of Tally knows.
 *
 * @param fingerprint the hash of the command that recorded it, or null; kept so that a retry of
 *                    that command id on the copy is told from a reuse as on the original
 */
public record RawEvent(long position, String stream, long version, String type,
                       Instant occurredAt, String commandId, String user, String fingerprint,
                       String data) {
    public RawEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
    }
}
