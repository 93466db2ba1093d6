package tally.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where users and sessions live, apart from the event log. One engine today, an H2 file in the
 * data folder ({@code tally.users.h2}); several nodes will share one in PostgreSQL. Writes are
 * durable when a method returns.
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

    /** The sessions not yet expired at {@code now}; the expired ones are deleted. */
    List<StoredSession> liveSessions(Instant now);

    @Override
    void close();
}
