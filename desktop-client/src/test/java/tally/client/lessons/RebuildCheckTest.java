package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.lessons.Statuses.of;
import static tally.client.lessons.Statuses.running;

import org.junit.jupiter.api.Test;

class RebuildCheckTest {
    private final RebuildCheck check = new RebuildCheck("stock", 10_000);

    @Test
    void times_the_rebuild_from_its_start_to_the_head() {
        check.status(of("stock", 0, 203_120, 0, "REBUILDING"), 10_000);
        check.status(of("stock", 101_560, 203_125, 0, "REBUILDING"), 30_000);
        assertThat(check.verdict()).isEqualTo(Verdict.waiting(
                "stock has replayed 101,560 of 203,125 events (49%)"));
        check.status(running("stock", 203_120, 203_125, 0), 50_000);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
        check.status(running("stock", 203_125, 203_125, 0), 51_000);
        assertThat(check.verdict()).isEqualTo(Verdict.seen(
                "rebuilt 203,125 events in 41.0 s (4,954 a second)"));
    }

    @Test
    void a_rebuild_that_fails_is_the_lesson_failing() {
        check.status(of("stock", 0, 500, 0, "REBUILDING"), 10_000);
        check.status(of("stock", 200, 500, 0, "FAILED"), 11_000);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
        assertThat(check.verdict().sentence()).startsWith(
                "stock failed while rebuilding, at position 200");
    }

    @Test
    void a_rebuild_never_seen_fails_in_the_end() {
        check.status(running("stock", 500, 500, 0), 11_000);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
        check.tick(10_000 + RebuildCheck.PATIENCE_MILLIS);
        assertThat(check.verdict().sentence()).endsWith("it never showed a rebuild");
    }
}
