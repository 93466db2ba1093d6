package tally.client.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaleRefusalCheckTest {
    private final StaleRefusalCheck check = new StaleRefusalCheck("SKU-1001", 56, 3121);

    @Test
    void the_forms_stale_refusal_is_the_effect() {
        check.formSaid("Sending …");
        assertThat(check.verdict()).isEqualTo(Verdict.waiting("waiting for your command on"
                + " SKU-1001: the form still expects version 56"));
        check.formSaid("Not done: SKU-1001 changed since you looked.");
        assertThat(check.verdict()).isEqualTo(Verdict.seen("your command was refused: SKU-1001"
                + " changed at position 3,121 after you looked at version 56"));
    }

    @Test
    void a_command_recorded_on_it_is_the_effect_not_happening() {
        check.formSaid("Received 1 of SKU-1001 at A-01-1 — position 3122, version 58.");
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.FAILED);
        assertThat(check.verdict().sentence()).startsWith("your command on SKU-1001 was"
                + " recorded, not refused");
    }

    @Test
    void a_command_on_another_product_changes_nothing() {
        check.formSaid("Received 1 of SKU-1002 at A-01-1 — position 3122, version 3.");
        check.formSaid("Not done: SKU-1002 changed since you looked.");
        assertThat(check.verdict().state()).isEqualTo(Verdict.State.WAITING);
    }
}
