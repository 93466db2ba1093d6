package tally.eventstore;

/**
 * A command id already recorded for a different command, or for another user's: nothing was
 * appended.
 */
public final class CommandIdReused extends RuntimeException {
    private final AppendResult first;

    public CommandIdReused(AppendResult first) {
        super("command id " + first.commandId() + " was already used for a different command");
        this.first = first;
    }

    /** What the first command with this id recorded. */
    public AppendResult first() {
        return first;
    }
}
