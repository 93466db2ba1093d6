package tally.eventstore;

/**
 * The one owner of the command-id rule: a command id seen before gets its first answer again
 * when the command is the same (same fingerprint, or none given), and {@link CommandIdReused}
 * when the id now comes with another command. Nothing else compares fingerprints.
 *
 * <p>It lives in the store's API because the log is what remembers ids: the store's writer
 * applies it to every append whose id is in the log or earlier in the same batch, and the
 * command writer applies it to what {@link EventStore#findCommand} tells it, when a retry
 * would otherwise be refused (the product now says no, or the operator's version is stale) and
 * the first attempt's answer must win. A retry that arrives while its first attempt is still
 * being written waits for it and is then decided again, so it too meets this rule.
 */
public final class CommandIdRule {
    private CommandIdRule() {
    }

    /**
     * The answer for a command carrying {@code fingerprint} whose id already holds
     * {@code first}: that first answer again, marked as a duplicate.
     *
     * @throws CommandIdReused when the id was first used for a different command
     */
    public static AppendResult answerAgain(AppendResult first, String fingerprint) {
        if (fingerprint != null && !fingerprint.equals(first.fingerprint())) {
            throw new CommandIdReused(first);
        }
        return first.asDuplicate();
    }
}
