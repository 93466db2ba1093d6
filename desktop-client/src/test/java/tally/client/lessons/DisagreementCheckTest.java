package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisagreementCheckTest {
    private final DisagreementCheck check = new DisagreementCheck("SKU-1001", "A-01-1", 3120);

    @Test
    void measures_how_long_they_disagreed_and_where_they_agreed() {
        assertThat(check.verdict().sentence()).contains("receive at position 3,120");
        check.stock(25, 3120, 1_000);
        check.locations(24, 3119, 1_100);
        assertThat(check.verdict()).isEqualTo(Verdict.waiting(
                "they disagree now: stock says 25, locations says 24 of SKU-1001 at A-01-1"));
        check.locations(25, 3120, 4_300);
        assertThat(check.verdict()).isEqualTo(Verdict.seen(
                "stock and locations disagreed for 3.2 s, then agreed at position 3,120"));
    }

    @Test
    void an_older_answer_does_not_replace_a_newer_one() {
        check.stock(25, 3120, 0);
        check.stock(24, 3119, 10);
        assertThat(check.stock()).isEqualTo(new DisagreementCheck.Answer(25, 3120));
    }

    @Test
    void agreeing_before_the_receive_reached_both_is_still_waiting() {
        check.stock(24, 3119, 0);
        check.locations(24, 3119, 0);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
    }

    @Test
    void fails_when_they_never_disagreed() {
        check.stock(24, 3119, 0);
        check.locations(24, 3119, 0);
        check.stock(25, 3120, 100);
        check.locations(25, 3120, 150);
        // Two messages in a row: no class sees that.
        assertThat(check.verdict()).isEqualTo(Verdict.failed("stock and locations disagreed"
                + " for only 0.1 s, too short to see: both said 25 of SKU-1001 at A-01-1 by"
                + " position 3,120. Was one of them delayed?"));
        var never = new DisagreementCheck("SKU-1001", "A-01-1", 3120);
        never.stock(25, 3120, 0);
        never.locations(25, 3121, 0);
        assertThat(never.verdict()).isEqualTo(Verdict.failed("stock and locations never"
                + " disagreed: both said 25 of SKU-1001 at A-01-1 by position 3,121. Was one of"
                + " them delayed?"));
    }

    @Test
    void fails_when_they_go_on_disagreeing() {
        check.stock(25, 3120, 0);
        check.locations(24, 3119, 0);
        check.tick(DisagreementCheck.PATIENCE_MILLIS);
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
    }
}
