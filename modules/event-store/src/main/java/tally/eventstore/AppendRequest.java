package tally.eventstore;

import java.util.List;
import java.util.Objects;
import tally.events.TallyEvent;

/**
 * One caller's append.
 *
 * @param stream          the stream to append to
 * @param expectedVersion the version the caller decided on, or {@link ExpectedVersion#ANY}
 * @param commandId       the idempotency key, or null
 * @param user            who issued the command, recorded on each of its events: a username,
 *                        {@code system:...} for what Tally does on its own, or null (nobody
 *                        signed in, as in tests of a module without security); up to 64 characters
 * @param fingerprint     what the command said (its name and body, hashed), so that a reused
 *                        command id with another body can be told from a plain retry; or null
 * @param events          the events, possibly none (then only the command id is recorded)
 */
public record AppendRequest(String stream, ExpectedVersion expectedVersion, String commandId,
                            String user, String fingerprint, List<TallyEvent> events) {

    public AppendRequest {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        events = List.copyOf(events);
    }

    /** An append by nobody in particular and without a fingerprint: for tests and sample data. */
    public static AppendRequest of(String stream, ExpectedVersion expected, String commandId,
                                   TallyEvent... events) {
        return new AppendRequest(stream, expected, commandId, null, null, List.of(events));
    }
}
