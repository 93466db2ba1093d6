package tally.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions: opaque random tokens, of which the store keeps only the SHA-256, with the
 * user and the expiry. All live sessions are also kept here in memory, so checking a token on a
 * request is a hash and a map lookup, not a query; signing out or dropping a user's sessions
 * takes effect at once, and the store brings them back after a restart. On a store shared by
 * several nodes, a token unknown here is looked up in the store (another node may have issued
 * it) and {@link #recheck()} drops what other nodes ended.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN_TEXT = Base64.getUrlEncoder().withoutPadding();

    /**
     * One digest per thread, reused (digest() resets it): every request's token is hashed, and
     * getInstance searches the providers and builds a new digest each time.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    /** A session as kept in memory. */
    private record Live(String username, Instant expiresAt) {
    }

    /** A new session's token, given once to the one who signed in. */
    public record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }

    private final UserStore store;
    private final InstantSource clock;
    private final Duration length;
    private final Map<String, Live> byTokenHash = new ConcurrentHashMap<>();

    public Sessions(UserStore store, InstantSource clock, Duration length) {
        this.store = store;
        this.clock = clock;
        this.length = length;
        for (StoredSession s : store.liveSessions(clock.instant())) {
            byTokenHash.put(s.tokenHash(), new Live(s.username(), s.expiresAt()));
        }
    }

    Issued issue(String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_TEXT.encodeToString(secret);
        Instant expiresAt = clock.instant().plus(length);
        String hash = hashOf(token);
        store.saveSession(new StoredSession(hash, username, expiresAt));
        byTokenHash.put(hash, new Live(username, expiresAt));
        return new Issued(token, expiresAt);
    }

    /** The user of a live session, or empty for an unknown, expired or signed-out token. */
    Optional<String> usernameOf(String token) {
        String hash = hashOf(token);
        Live live = byTokenHash.get(hash);
        if (live == null) {
            live = fromSharedStore(hash);
            if (live == null) {
                return Optional.empty();
            }
        }
        if (!live.expiresAt().isAfter(clock.instant())) {
            byTokenHash.remove(hash, live);
            store.deleteSession(hash);
            return Optional.empty();
        }
        return Optional.of(live.username());
    }

    /**
     * Brings the sessions kept here in line with a shared store: those other nodes ended (signed
     * out, a user disabled, a password changed) go, those they began come.
     */
    void recheck() {
        var stored = new HashMap<String, Live>();
        for (StoredSession s : store.liveSessions(clock.instant())) {
            stored.put(s.tokenHash(), new Live(s.username(), s.expiresAt()));
        }
        // A session issued here after the read above may go too: the next use finds it again
        // in the store (fromSharedStore).
        byTokenHash.keySet().retainAll(stored.keySet());
        byTokenHash.putAll(stored);
    }

    /** Only on a shared store: on one node, a token not in memory is in no store either. */
    private Live fromSharedStore(String hash) {
        if (!store.shared()) {
            return null;
        }
        return store.session(hash, clock.instant()).map(s -> {
            var live = new Live(s.username(), s.expiresAt());
            byTokenHash.put(hash, live);
            return live;
        }).orElse(null);
    }

    void revoke(String token) {
        String hash = hashOf(token);
        byTokenHash.remove(hash);
        store.deleteSession(hash);
    }

    /** Ends every session of the user, but the one whose token is kept (null: none). */
    void revokeAllOf(String username, String keptToken) {
        String kept = keptToken == null ? null : hashOf(keptToken);
        byTokenHash.entrySet().removeIf(e -> e.getValue().username().equals(username)
                && !e.getKey().equals(kept));
        store.deleteSessionsOf(username, kept);
    }

    static String hashOf(String token) {
        return HEX.formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
