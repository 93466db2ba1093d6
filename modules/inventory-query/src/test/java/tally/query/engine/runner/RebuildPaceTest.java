package tally.query.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pace on a clock the test moves: no waiting, no machine speed in the answers. */
class RebuildPaceTest {
    private static final long MS = 1_000_000;
    private static final long T0 = 987_654_321_000L;

    /** Applies {@code events} in the pace's batches, the clock jumping to each batch's due time. */
    private static long nanosToApply(RebuildPace pace, long events) {
        long now = T0;
        for (long left = events; left > 0; ) {
            now += pace.millisUntilDue(now) * MS;
            assertThat(pace.millisUntilDue(now)).isZero();
            int n = (int) Math.min(left, pace.batch());
            pace.applied(n, now);
            left -= n;
        }
        return now - T0;
    }

    @Test
    void k_events_take_at_least_k_over_n_seconds_in_batches_of_a_twentieth_of_a_second() {
        var pace = new RebuildPace(500, 50_000, T0);

        assertThat(pace.batch()).isEqualTo(25);
        assertThat(pace.millisUntilDue(T0)).isEqualTo(50); // the first batch is paid for too
        assertThat(nanosToApply(pace, 3_000)).isGreaterThanOrEqualTo(6_000 * MS)
                .isLessThan(6_100 * MS);
    }

    @Test
    void a_slow_pace_goes_one_event_at_a_time() {
        var pace = new RebuildPace(3, 50_000, T0);

        assertThat(pace.batch()).isEqualTo(1);
        assertThat(nanosToApply(pace, 6)).isGreaterThanOrEqualTo(2_000 * MS);
    }

    @Test
    void a_big_pace_costs_next_to_nothing() {
        var pace = new RebuildPace(1_000_000, 50_000, T0);

        assertThat(pace.batch()).isEqualTo(50_000);
        assertThat(nanosToApply(pace, 3_000)).isLessThanOrEqualTo(50 * MS);
        assertThat(new RebuildPace(1_000_000, 50_000, T0).millisUntilDue(T0 + 50 * MS)).isZero();
    }

    @Test
    void after_a_stall_one_batch_goes_at_once_and_the_next_at_the_pace() {
        var pace = new RebuildPace(100, 50_000, T0);
        long now = T0 + 50 * MS;
        pace.applied(5, now);

        now += 60_000 * MS; // paused for a minute: no 6,000 events may burst out now
        assertThat(pace.millisUntilDue(now)).isZero();
        pace.applied(5, now);

        assertThat(pace.millisUntilDue(now)).isEqualTo(50);
    }
}
