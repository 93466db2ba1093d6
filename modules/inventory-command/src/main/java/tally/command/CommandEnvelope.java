package tally.command;

import java.util.Objects;
import tally.command.domain.Command;

/**
 * A command as it reaches the writer.
 *
 * @param name            its name in the API, e.g. {@code pick-stock}, or the record's name for
 *                        a command that is not one of the API's ({@code CommandGateway})
 * @param command         the command itself, its values already within bounds
 * @param commandId       the idempotency key: the client's, or one made up for it
 * @param clientGaveId    whether the client chose the id (only such an id can have been seen)
 * @param expectedVersion the stream version the operator acted on, or null
 * @param fingerprint     a hash of the name and canonical body, to tell a retry from a reuse
 * @param user            who issued it (the signed-in user's name), recorded on its events; null
 *                        when nobody is signed in (a server without security, as in this
 *                        module's own tests)
 */
public record CommandEnvelope(String name, Command command, String commandId,
                              boolean clientGaveId, Long expectedVersion, String fingerprint,
                              String user) {

    public CommandEnvelope {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The stream the command's events go to. */
    public String stream() {
        return command.stream();
    }
}
