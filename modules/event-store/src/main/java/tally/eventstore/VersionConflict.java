package tally.eventstore;

/** The stream moved on since the caller looked: nothing was appended. */
public final class VersionConflict extends RuntimeException {
    private final String stream;
    private final long expectedVersion;
    private final long actualVersion;

    public VersionConflict(String stream, long expectedVersion, long actualVersion) {
        super("stream " + stream + " is at version " + actualVersion + ", not " + expectedVersion);
        this.stream = stream;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String stream() {
        return stream;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
