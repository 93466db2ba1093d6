package tally.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The command-id rule alone; IdempotencyTest (h2) shows the store applying it. */
class CommandIdRuleTest {
    private static final AppendResult FIRST =
            new AppendResult("c1", "product-A", 3, 17, false, "fp-a", "ann");

    @Test
    void the_same_command_again_gets_the_first_answer_marked_as_a_duplicate() {
        assertThat(CommandIdRule.answerAgain(FIRST, "fp-a", "ann"))
                .isEqualTo(new AppendResult("c1", "product-A", 3, 17, true, "fp-a", "ann"));
    }

    @Test
    void a_retry_without_a_fingerprint_counts_as_the_same_command() {
        assertThat(CommandIdRule.answerAgain(FIRST, null, "ann").duplicate()).isTrue();
    }

    @Test
    void the_id_with_another_command_is_refused_naming_the_first_answer() {
        CommandIdReused reused = catchThrowableOfType(
                () -> CommandIdRule.answerAgain(FIRST, "fp-b", "ann"), CommandIdReused.class);

        assertThat(reused.first()).isEqualTo(FIRST);
        assertThat(reused).hasMessageContaining("c1");
    }

    @Test
    void an_id_first_recorded_without_a_fingerprint_is_reused_by_any_fingerprinted_command() {
        var unmarked = new AppendResult("c1", "product-A", 3, 17, false, null, "ann");

        assertThat(catchThrowableOfType(() -> CommandIdRule.answerAgain(unmarked, "fp-a", "ann"),
                CommandIdReused.class)).isNotNull();
    }

    @Test
    void the_same_command_from_another_user_is_refused() {
        CommandIdReused reused = catchThrowableOfType(
                () -> CommandIdRule.answerAgain(FIRST, "fp-a", "bob"), CommandIdReused.class);

        assertThat(reused.first()).isEqualTo(FIRST);
    }

    @Test
    void users_are_compared_only_where_the_log_knows_both() {
        var beforeUsers = new AppendResult("c1", "product-A", 3, 17, false, "fp-a", null);

        assertThat(CommandIdRule.answerAgain(beforeUsers, "fp-a", "bob").duplicate()).isTrue();
        assertThat(CommandIdRule.answerAgain(FIRST, "fp-a", null).duplicate()).isTrue();
    }
}
