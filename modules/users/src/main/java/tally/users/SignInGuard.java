package tally.users;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Five wrong passwords in a row for one username refuse that username for 60 s, even with the
 * right password. The attempts on one username are judged one at a time, so that many guesses
 * sent at once still count one by one. Kept in memory: a restart forgives, as 60 s would.
 */
public final class SignInGuard {
    static final int ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofSeconds(60);
    /** Beyond this many usernames, those with nothing against them are forgotten. */
    private static final int PRUNE_AT = 10_000;

    private final InstantSource clock;
    private final Map<String, Tries> tries = new ConcurrentHashMap<>();

    public SignInGuard(InstantSource clock) {
        this.clock = clock;
    }

    /** Wrong tries in a row, and until when the name is refused. */
    private static final class Tries {
        int wrong;
        Instant lockedUntil = Instant.MIN;
    }

    /**
     * Runs {@code check} (the password check) unless the username is locked out; a false answer
     * counts as a wrong try, a true one forgives the earlier ones.
     *
     * @throws UserProblem 429 while the username is locked out
     */
    public boolean attempt(String username, BooleanSupplier check) {
        if (tries.size() > PRUNE_AT) {
            Instant now = clock.instant();
            tries.values().removeIf(t -> t.wrong == 0
                    || t.wrong >= ATTEMPTS && !t.lockedUntil.isAfter(now));
        }
        Tries t = tries.computeIfAbsent(username, k -> new Tries());
        synchronized (t) {
            Instant now = clock.instant();
            if (t.lockedUntil.isAfter(now)) {
                long seconds = (Duration.between(now, t.lockedUntil).toMillis() + 999) / 1000;
                throw UserProblem.tooManyAttempts(username, seconds);
            }
            if (t.wrong >= ATTEMPTS) {
                t.wrong = 0; // the lockout is over: a fresh start
            }
            boolean right = check.getAsBoolean();
            if (right) {
                t.wrong = 0;
                return true;
            }
            if (++t.wrong >= ATTEMPTS) {
                t.lockedUntil = clock.instant().plus(LOCKOUT);
            }
            return false;
        }
    }
}
