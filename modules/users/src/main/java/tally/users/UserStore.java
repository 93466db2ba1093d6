package tally.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where users and sessions live, apart from the event log: an H2 file in the data folder
 * ({@code tally.users.h2}), or PostgreSQL shared by several nodes ({@code tally.users.postgres}).
 * Writes are durable when a method returns.
 */
public interface UserStore extends AutoCloseable {

    /** Every user, by username. */
    List<StoredUser> users();

    Optional<StoredUser> user(String username);

    /** Adds a user; false, and nothing changed, when the name is taken. */
    boolean insert(StoredUser user, Instant now);

    /** Replaces what is kept of an existing user. */
    void update(StoredUser user);

    void saveSession(StoredSession session);

    void deleteSession(String tokenHash);

    /** Deletes every session of this user but the one kept (null: none kept). */
    void deleteSessionsOf(String username, String keptTokenHash);

    /** The session of this token hash if it has not expired at {@code now}. */
    Optional<StoredSession> session(String tokenHash, Instant now);

    /**
     * Whether other nodes write to this store too: then what a node keeps in memory can be
     * stale, and is checked against the store (docs/scale.md, "Users and sessions").
     */
    default boolean shared() {
        return false;
    }

    /** The sessions not yet expired at {@code now}; the expired ones are deleted. */
    List<StoredSession> liveSessions(Instant now);

    @Override
    void close();
}
