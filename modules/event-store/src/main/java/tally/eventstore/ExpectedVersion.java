package tally.eventstore;

/** The stream version an append was decided on; {@link #ANY} skips the check. */
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

    boolean admits(long actual) {
        return isAny() || value == actual;
    }
}
