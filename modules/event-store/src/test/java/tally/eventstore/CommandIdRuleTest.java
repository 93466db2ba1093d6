package tally.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The command-id rule alone; IdempotencyTest (h2) shows the store applying it. */
class CommandIdRuleTest {
    private static final AppendResult FIRST =
            new AppendResult("c1", "product-A", 3, 17, false, "fp-a");

    @Test
    void the_same_command_again_gets_the_first_answer_marked_as_a_duplicate() {
        assertThat(CommandIdRule.answerAgain(FIRST, "fp-a"))
                .isEqualTo(new AppendResult("c1", "product-A", 3, 17, true, "fp-a"));
    }

    @Test
    void a_retry_without_a_fingerprint_counts_as_the_same_command() {
        assertThat(CommandIdRule.answerAgain(FIRST, null).duplicate()).isTrue();
    }

    @Test
    void the_id_with_another_command_is_refused_naming_the_first_answer() {
        CommandIdReused reused = catchThrowableOfType(
                () -> CommandIdRule.answerAgain(FIRST, "fp-b"), CommandIdReused.class);

        assertThat(reused.first()).isEqualTo(FIRST);
        assertThat(reused).hasMessageContaining("c1");
    }

    @Test
    void an_id_first_recorded_without_a_fingerprint_is_reused_by_any_fingerprinted_command() {
        var unmarked = new AppendResult("c1", "product-A", 3, 17, false, null);

        assertThat(catchThrowableOfType(() -> CommandIdRule.answerAgain(unmarked, "fp-a"),
                CommandIdReused.class)).isNotNull();
    }
}
