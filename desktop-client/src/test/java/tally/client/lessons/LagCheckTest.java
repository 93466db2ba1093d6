package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.lessons.Statuses.running;

import org.junit.jupiter.api.Test;

class LagCheckTest {
    private final LagCheck check = new LagCheck("stock");

    @Test
    void says_how_far_it_fell_behind_and_where_it_caught_up() {
        check.status(running("stock", 3100, 3101, 100), 0);
        assertThat(check.verdict()).isEqualTo(Verdict.waiting("stock has not lagged yet"));
        check.status(running("stock", 3100, 3108, 900), 1_000);
        check.status(running("stock", 3102, 3116, 2_300), 2_000);
        check.status(running("stock", 3106, 3118, 1_900), 3_000);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
        assertThat(check.verdict().sentence()).startsWith("stock is 12 events behind");
        check.trafficStopped(6_000);
        check.status(running("stock", 3120, 3120, 0), 7_500);
        assertThat(check.verdict()).isEqualTo(Verdict.seen(
                "stock fell 14 events (2.3 s) behind, then caught up at position 3,120"));
    }

    @Test
    void a_lag_of_a_moment_is_not_falling_behind() {
        check.status(running("stock", 10, 12, 40), 0);
        check.status(running("stock", 12, 12, 0), 500);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
    }

    @Test
    void fails_when_it_never_fell_behind_before_the_traffic_stopped() {
        check.status(running("stock", 10, 12, 40), 0);
        check.trafficStopped(6_000);
        check.tick(6_000 + LagCheck.GRACE_MILLIS - 1);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
        check.tick(6_000 + LagCheck.GRACE_MILLIS);
        assertThat(check.verdict()).isEqualTo(Verdict.failed("stock never fell 5 events behind:"
                + " it kept up with the traffic (at most 2 events behind). Was its delay taken"
                + " off?"));
    }

    @Test
    void fails_when_it_never_catches_up() {
        check.status(running("stock", 10, 30, 2_000), 0);
        check.trafficStopped(1_000);
        check.status(running("stock", 20, 30, 2_000), 2_000);
        check.tick(1_000 + LagCheck.PATIENCE_MILLIS);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
        assertThat(check.verdict().sentence()).contains("still 10 events behind");
    }

    @Test
    void other_read_models_do_not_count() {
        check.status(running("locations", 10, 30, 2_000), 0);
        check.status(running("locations", 30, 30, 0), 1_000);
        assertThat(check.verdict().sentence()).isEqualTo("stock has not lagged yet");
    }
}
