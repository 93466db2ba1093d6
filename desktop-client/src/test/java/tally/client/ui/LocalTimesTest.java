package tally.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** In New York (UTC-5 in December), whatever zone the machine running the test is in. */
class LocalTimesTest {
    private static final long NOW = Instant.parse("2026-12-04T15:00:00Z").toEpochMilli();
    private final LocalTimes times = new LocalTimes(ZoneId.of("America/New_York"), () -> NOW);

    @Test
    void a_time_of_today_is_the_local_clock_to_the_second() {
        assertThat(times.shown("2026-12-04T14:42:07.123456Z")).isEqualTo("09:42:07");
    }

    @Test
    void a_time_of_the_same_utc_day_that_was_yesterday_here_shows_its_local_date() {
        assertThat(times.shown("2026-12-04T03:30:00Z")).isEqualTo("3 Dec 22:30");
    }

    @Test
    void a_time_of_another_year_shows_the_year() {
        assertThat(times.shown("2025-06-01T12:00:00Z")).isEqualTo("1 Jun 2025 08:00");
    }

    @Test
    void nothing_is_shown_as_nothing_and_what_is_not_a_time_as_it_came() {
        assertThat(times.shown((String) null)).isEmpty();
        assertThat(times.shown("")).isEmpty();
        assertThat(times.shown("soon")).isEqualTo("soon");
    }

    @Test
    void another_zone_shows_the_same_instant_by_its_own_clock_and_its_own_today() {
        // Now is 00:00 on 5 Dec in Tokyo: 14:42 UTC was yesterday there.
        var tokyo = new LocalTimes(ZoneId.of("Asia/Tokyo"), () -> NOW);
        assertThat(tokyo.shown("2026-12-04T14:42:07Z")).isEqualTo("4 Dec 23:42");
        assertThat(tokyo.shown(Instant.parse("2026-12-04T15:01:00Z"))).isEqualTo("00:01:00");
    }
}
