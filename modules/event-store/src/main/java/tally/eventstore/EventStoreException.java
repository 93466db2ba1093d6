package tally.eventstore;

/** The log could not do what was asked (disk, database, closed store): nothing was appended. */
public class EventStoreException extends RuntimeException {
    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventStoreException(String message) {
        super(message);
    }
}
