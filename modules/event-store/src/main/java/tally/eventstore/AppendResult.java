package tally.eventstore;

/**
 * The answer to an append.
 *
 * @param commandId   the command id, or null
 * @param stream      the stream appended to
 * @param version     the stream's version after the append
 * @param position    the position of the last event appended; for an append of nothing, the
 *                    stream's last position (0 when the stream is empty)
 * @param duplicate   true when the command id had been seen and this is the first answer again
 * @param fingerprint the fingerprint recorded with the command id, or null
 * @param user        the user recorded with the command id: who issued the command that first
 *                    used it, or null when nobody was recorded (before the log recorded users)
 */
public record AppendResult(String commandId, String stream, long version, long position,
                           boolean duplicate, String fingerprint, String user) {

    AppendResult asDuplicate() {
        return new AppendResult(commandId, stream, version, position, true, fingerprint, user);
    }
}
