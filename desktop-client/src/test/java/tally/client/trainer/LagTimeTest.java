package tally.client.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagTimeTest {
    @Test
    void lag_is_shown_in_the_unit_a_class_reads_at_a_glance() {
        assertThat(LagTime.shown(0)).isEqualTo("0 ms");
        assertThat(LagTime.shown(999)).isEqualTo("999 ms");
        assertThat(LagTime.shown(3_249)).isEqualTo("3.2 s");
        assertThat(LagTime.shown(42_900)).isEqualTo("42 s");
        assertThat(LagTime.shown(250_339)).isEqualTo("4 min 10 s");
        assertThat(LagTime.shown(7_500_000)).isEqualTo("2 h 5 min");
    }
}
