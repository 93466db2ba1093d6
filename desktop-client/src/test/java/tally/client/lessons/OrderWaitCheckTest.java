package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderWaitCheckTest {
    private final OrderWaitCheck check = new OrderWaitCheck("TRAIN-3", 1_000);

    @Test
    void the_order_waits_until_the_allocation_resumes() {
        check.allocation("PAUSED", 1_000);
        check.order("TRAIN-3", "PLACED", 3_139, 1_200);
        check.tick(3_000);
        assertThat(check.verdict()).isEqualTo(Verdict.waiting(
                "order TRAIN-3 has been PLACED for 2.0 s: press Resume on the allocation's card"));
        check.order("TRAIN-2", "ALLOCATED", 3_140, 9_200);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
        // The order's message may come before the allocation's status says it runs again.
        check.order("TRAIN-3", "ALLOCATED", 3_140, 9_400);
        assertThat(check.verdict()).isEqualTo(Verdict.seen("order TRAIN-3 stayed PLACED for"
                + " 8.4 s, then was allocated (ALLOCATED) at position 3,140 once the allocation"
                + " resumed"));
    }

    @Test
    void allocated_while_the_allocation_was_not_paused_is_no_wait() {
        check.order("TRAIN-3", "ALLOCATED", 3_140, 1_100);
        assertThat(check.verdict()).isEqualTo(Verdict.failed("order TRAIN-3 became ALLOCATED"
                + " at position 3,140 without waiting: the allocation was not paused"));
    }

    @Test
    void still_placed_long_after_the_resume_fails() {
        check.allocation("PAUSED", 1_000);
        check.allocation("RUNNING", 2_000);
        check.tick(2_000 + OrderWaitCheck.PATIENCE_MILLIS);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
    }
}
