package tally.server;

import java.util.Map;
import java.util.Optional;
import tally.eventstore.EventStoreException;
import tally.users.UserStoreUnavailable;

/**
 * Where the event log lives: the H2 file under {@code tally.data} by default, or a PostgreSQL
 * database shared by several nodes ({@code --store jdbc:postgresql://...} or
 * {@code tally.store.url}; docs/scale.md). Its password comes from the environment or the
 * settings file, never from a flag: every user of the machine can read a command line.
 */
final class StoreSettings {
    static final String URL = "tally.store.url";
    static final String USERNAME = "tally.store.username";
    static final String PASSWORD = "tally.store.password";
    static final String PASSWORD_VARIABLE = "TALLY_STORE_PASSWORD";

    /** A PostgreSQL log: its URL and credentials, the password never from a flag. */
    record Postgres(String url, String username, String password) {
        @Override
        public String toString() {
            return "Postgres[" + url + " as " + username + "]"; // never the password
        }
    }

    private StoreSettings() {
    }

    /** Refuses, at start-up and by name, a store URL no engine takes. */
    static void check(Object url) {
        if (url != null && !url.toString().isBlank()
                && !url.toString().startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--store (" + URL + ") must be a"
                    + " jdbc:postgresql://HOST:PORT/DATABASE URL, not '" + url + "'");
        }
    }

    /**
     * The PostgreSQL log to open, or empty for the H2 file. The environment's password wins
     * over the file's, as it does for the keystore's.
     */
    static Optional<Postgres> postgres(String url, String username, String password,
                                       Map<String, String> environment) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        check(url);
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        String chosen = fromEnvironment != null ? fromEnvironment : blankToNull(password);
        return Optional.of(new Postgres(url.strip(), blankToNull(username), chosen));
    }

    /**
     * Why the log could not be opened, when that is what stopped the start (PostgreSQL down, a
     * wrong password): the store's own sentence, naming the log and the cause.
     */
    static Optional<String> openFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EventStoreException || t instanceof UserStoreUnavailable) {
                return Optional.of(t.getMessage()); // the users share the log's database
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
