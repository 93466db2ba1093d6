package tally.eventstore;

/**
 * The append may be in the log, but its commit was not confirmed: the disk did not confirm a
 * write H2 had taken, or the connection to PostgreSQL broke while it committed. Unlike every other
 * {@link EventStoreException} it does not mean "nothing was stored"; since command ids are kept
 * with the events, sending the command again with the same id is safe either way: the log either
 * answers it with the first answer or takes it now, once.
 */
public final class AppendUnconfirmed extends EventStoreException {
    public AppendUnconfirmed(String message, Throwable cause) {
        super(message, cause);
    }
}
