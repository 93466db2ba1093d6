package tally.users;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The time as users and sessions see it (expiry, lockout): a type of its own, so that a test can
 * replace this one bean and move time on without touching anyone else's clock.
 */
@FunctionalInterface
public interface UserClock extends InstantSource {
    static UserClock system() {
        return Instant::now;
    }
}
