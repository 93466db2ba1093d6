package tally.users;

/**
 * The users store could not be opened (the shared database down, a wrong password): its message
 * names the store and the cause, in one line for whoever starts the server.
 */
public final class UserStoreUnavailable extends IllegalStateException {
    public UserStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
