package tally.command;

import io.micronaut.serde.annotation.Serdeable;
import tally.eventstore.AppendResult;

/**
 * The 200 of docs/api.md: the stream's version after the command, and the position of the last
 * event it recorded (for a command that recorded nothing, the stream's last position).
 */
@Serdeable
public record CommandAnswer(String commandId, String stream, long version, long position) {

    /** The answer an append gives, first or again. */
    public static CommandAnswer of(AppendResult r) {
        return new CommandAnswer(r.commandId(), r.stream(), r.version(), r.position());
    }
}
