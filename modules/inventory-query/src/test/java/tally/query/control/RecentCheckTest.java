package tally.query.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A costly check runs once while its answer is fresh, and again once it is not. */
class RecentCheckTest {

    @Test
    void a_fresh_answer_is_given_again_without_checking() {
        var checks = new AtomicInteger();
        var recent = new RecentCheck<Integer>(60_000);

        assertThat(recent.fresh()).as("nothing checked yet").isNull();
        assertThat(recent.get(checks::incrementAndGet)).isEqualTo(1);
        assertThat(recent.get(checks::incrementAndGet)).isEqualTo(1);
        assertThat(recent.fresh()).isEqualTo(1);
        assertThat(checks).hasValue(1);
    }

    @Test
    void a_stale_answer_is_checked_again() {
        var checks = new AtomicInteger();
        var recent = new RecentCheck<Integer>(0);

        assertThat(recent.get(checks::incrementAndGet)).isEqualTo(1);
        assertThat(recent.fresh()).isNull();
        assertThat(recent.get(checks::incrementAndGet)).isEqualTo(2);
    }
}
