package tally.users;

import java.time.Duration;
import java.time.Instant;

/** A clock that a test moves on by hand. */
final class TestClock implements UserClock {
    private Instant now = Instant.parse("2026-05-04T08:00:00Z");

    @Override
    public synchronized Instant instant() {
        return now;
    }

    synchronized void advance(Duration by) {
        now = now.plus(by);
    }
}
