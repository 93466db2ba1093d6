package tally.users;

import java.time.Instant;

/** A signed-in session as its store keeps it: the token's SHA-256, never the token. */
public record StoredSession(String tokenHash, String username, Instant expiresAt) {
}
