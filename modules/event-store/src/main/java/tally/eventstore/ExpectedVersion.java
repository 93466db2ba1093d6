package tally.eventstore;

/**
 * The stream version an append was decided on; {@link #ANY} skips the check.
 *
 * <p>The one owner of the expected-version rule: "what was decided on version N of a stream
 * stands only while the stream is at N". {@link #check} is the only place that compares
 * versions, and {@link VersionConflict} the only way a mismatch is told. Two callers apply it,
 * each to what it alone knows: the store's writer, to an append against the log's version at
 * the moment of writing (the last word: nothing else sees every append in commit order); and
 * the command writer, to an operator's {@code expectedVersion} against the product as it holds
 * it, before deciding, so that a command from a stale screen is refused as a conflict and never
 * reaches the product's rules. Should that product be stale, the store's check refuses the
 * append, the product is read again, and the command writer applies the rule anew.
 */
public record ExpectedVersion(long value) {

    public static final ExpectedVersion ANY = new ExpectedVersion(-1);

    public ExpectedVersion {
        if (value < -1) {
            throw new IllegalArgumentException("expected version must be >= 0 or ANY");
        }
    }

    public static ExpectedVersion exactly(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("expected version must be >= 0");
        }
        return new ExpectedVersion(version);
    }

    public boolean isAny() {
        return value == -1;
    }

    /** Passes when {@code stream}, now at {@code actual}, is where the decision was made. */
    public void check(String stream, long actual) {
        if (!isAny() && value != actual) {
            throw new VersionConflict(stream, value, actual);
        }
    }
}
