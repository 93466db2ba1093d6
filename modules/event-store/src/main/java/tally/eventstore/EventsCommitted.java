package tally.eventstore;

import java.time.Instant;

/**
 * The doorbell's one message: the log has grown. It carries no events; readers pull those from
 * the log, so a lost notice costs at most a timer tick.
 */
public record EventsCommitted(long fromPosition, long toPosition, Instant committedAt) {
}
