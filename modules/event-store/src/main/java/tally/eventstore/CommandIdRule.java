package tally.eventstore;

/**
 * The one owner of the command-id rule: a command id seen before gets its first answer again
 * when the command is the same, and {@link CommandIdReused} when the id now comes with another
 * command. The same command means the same fingerprint (or none given) and the same user.
 *
 * <p>Why the user counts: an operator's retry comes from that operator (a console signed in
 * again after its session ended is signed in as the same user), so it still gets its first
 * answer. The same id from someone else is another person's command: answering it with the first
 * answer would tell that person "done" for something they did not do, credit it to the first
 * user in the log, and hand out another user's answer to whoever guesses an id. So it is refused
 * (409) and nothing is stored; that client makes a new id. Users are compared only when both are
 * known: an id recorded before the log recorded users (or by a caller with nobody signed in) is
 * matched on its fingerprint alone, as it was then, so a retry across the upgrade still works.
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
     * The answer for a command carrying {@code fingerprint}, issued by {@code user}, whose id
     * already holds {@code first}: that first answer again, marked as a duplicate.
     *
     * @throws CommandIdReused when the id was first used for a different command, or by another
     *                         user
     */
    public static AppendResult answerAgain(AppendResult first, String fingerprint, String user) {
        if (fingerprint != null && !fingerprint.equals(first.fingerprint())) {
            throw new CommandIdReused(first);
        }
        if (user != null && first.user() != null && !user.equals(first.user())) {
            throw new CommandIdReused(first);
        }
        return first.asDuplicate();
    }
}
