package tally.client.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagAxisTest {
    @Test
    void ticks_are_whole_events_and_at_most_five() {
        assertThat(LagAxis.tickUnit(0)).isEqualTo(1);
        assertThat(LagAxis.upperBound(0)).isEqualTo(1);
        assertThat(LagAxis.tickUnit(1)).isEqualTo(1);
        assertThat(LagAxis.upperBound(3)).isEqualTo(3);
        assertThat(LagAxis.tickUnit(7)).isEqualTo(2);
        assertThat(LagAxis.upperBound(7)).isEqualTo(8);
        assertThat(LagAxis.tickUnit(23)).isEqualTo(5);
        assertThat(LagAxis.upperBound(23)).isEqualTo(25);
        assertThat(LagAxis.tickUnit(3_001)).isEqualTo(1_000);
        assertThat(LagAxis.upperBound(3_001)).isEqualTo(4_000);
    }
}
