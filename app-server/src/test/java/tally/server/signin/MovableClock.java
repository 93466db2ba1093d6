package tally.server.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import tally.users.UserClock;

/** The users' time, moved on by a test: sessions expire and lockouts end without waiting. */
@Singleton
@Replaces(UserClock.class)
@Requires(property = MovableClock.PROPERTY)
final class MovableClock implements UserClock {
    static final String PROPERTY = "tally.test.movable-clock";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    @Override
    public Instant instant() {
        return now.get();
    }

    void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }
}
