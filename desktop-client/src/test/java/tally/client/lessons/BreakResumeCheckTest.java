package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.lessons.Statuses.of;
import static tally.client.lessons.Statuses.running;

import org.junit.jupiter.api.Test;

class BreakResumeCheckTest {
    private final BreakResumeCheck check = new BreakResumeCheck("stock", 0);

    @Test
    void fails_resumes_and_applies_what_it_missed() {
        check.status(running("stock", 3100, 3100, 0), 500);
        assertThat(check.verdict().sentence()).startsWith("stock has not failed yet");
        check.status(of("stock", 3100, 3103, 300, "FAILED"), 1_000);
        assertThat(check.verdict()).isEqualTo(Verdict.waiting(
                "stock failed at position 3,101: press Resume on its card"));
        check.status(running("stock", 3100, 3112, 4_000), 5_000);
        assertThat(check.verdict().sentence()).isEqualTo(
                "stock resumed; catching up to position 3,112");
        check.status(running("stock", 3112, 3114, 100), 5_500);
        assertThat(check.verdict()).isEqualTo(Verdict.seen("stock failed at position 3,101,"
                + " resumed, and applied the 12 events it had missed (at position 3,112 now)"));
    }

    @Test
    void fails_when_the_break_never_shows() {
        check.status(running("stock", 3100, 3110, 0), 1_000);
        check.tick(BreakResumeCheck.FAIL_WITHIN_MILLIS - 1);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
        check.tick(BreakResumeCheck.FAIL_WITHIN_MILLIS);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
        assertThat(check.verdict().sentence()).startsWith("stock never failed in 20.0 s");
    }

    @Test
    void fails_when_resumed_but_never_caught_up() {
        check.status(of("stock", 3100, 3103, 300, "FAILED"), 1_000);
        check.status(running("stock", 3100, 3112, 4_000), 2_000);
        check.status(of("stock", 3105, 3140, 4_000, "PAUSED"), 3_000);
        check.tick(2_000 + BreakResumeCheck.PATIENCE_MILLIS);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
        assertThat(check.verdict().sentence()).contains("had not caught up to position 3,112");
    }
}
