package tally.client.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class CommandFormViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final CommandFormViewModel form = rig.form;

    private void fill(CommandKind kind, Object... pairs) {
        form.kindProperty().set(kind);
        for (int i = 0; i < pairs.length; i += 2) {
            form.value((Field) pairs[i]).set((String) pairs[i + 1]);
        }
    }

    private Map<String, Object> lastBody() {
        return rig.api.commandBodies.get(rig.api.commandBodies.size() - 1);
    }

    @Test
    void registers_a_product_without_an_expected_version() {
        fill(CommandKind.REGISTER, Field.SKU, "SKU-9", Field.NAME, "Green thing",
                Field.REORDER_POINT, "5");
        form.submit();

        assertThat(rig.api.commandNames).last().isEqualTo("register-product");
        assertThat(lastBody()).containsEntry("sku", "SKU-9").containsEntry("name", "Green thing")
                .containsEntry("reorderPoint", 5L).doesNotContainKey("expectedVersion")
                .containsKey("commandId");
        assertThat(form.messageProperty().get()).startsWith("Registered SKU-9 (Green thing)");
        assertThat(rig.stock.find("SKU-9")).isPresent();
    }

    @Test
    void receives_moves_picks_and_counts_with_the_version_the_operator_looked_at() {
        rig.api.defineBin("A-02");
        rig.api.defineBin("A-03");
        form.lookAt(rig.stock.find("SKU-1").orElseThrow());
        fill(CommandKind.RECEIVE, Field.LOCATION, "A-02", Field.QUANTITY, "5");
        form.submit();
        assertThat(lastBody()).containsEntry("expectedVersion", 2L).containsEntry("quantity", 5L)
                .doesNotContainKey("reference");

        fill(CommandKind.MOVE, Field.SKU, "SKU-1", Field.FROM, "A-02", Field.TO, "A-03",
                Field.QUANTITY, "2");
        form.submit();
        assertThat(rig.api.commandNames).last().isEqualTo("move-stock");
        assertThat(lastBody()).containsEntry("from", "A-02").containsEntry("to", "A-03")
                .containsEntry("expectedVersion", 3L);

        fill(CommandKind.PICK, Field.SKU, "SKU-1", Field.LOCATION, "A-03", Field.QUANTITY, "1",
                Field.REFERENCE, "ORDER-7");
        form.submit();
        assertThat(lastBody()).containsEntry("reference", "ORDER-7");

        fill(CommandKind.COUNT, Field.SKU, "SKU-1", Field.LOCATION, "A-01",
                Field.COUNTED_QUANTITY, "38", Field.REASON, "found damaged");
        form.submit();
        assertThat(rig.api.commandNames).containsSubsequence("receive-stock", "move-stock",
                "pick-stock", "adjust-stock");
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(38 + 3 + 1);
        assertThat(form.messageProperty().get()).startsWith("Counted 38 of SKU-1 at A-01: ");
    }

    @Test
    void a_refusal_is_shown_in_plain_words_by_the_field_it_concerns() {
        fill(CommandKind.PICK, Field.SKU, "SKU-1", Field.LOCATION, "A-01", Field.QUANTITY, "99");
        form.submit();
        assertThat(form.error(Field.QUANTITY).get())
                .isEqualTo("Not enough SKU-1 at A-01: only 40 there, not 99.");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.QUANTITY);

        fill(CommandKind.MOVE, Field.SKU, "SKU-1", Field.FROM, "A-01", Field.TO, "A-01",
                Field.QUANTITY, "1");
        form.submit();
        assertThat(form.error(Field.TO).get()).contains("other than the one you move from");

        // Checked before sending, as Enter in the SKU field checks it: nothing is sent.
        int sent = rig.api.commandNames.size();
        fill(CommandKind.RECEIVE, Field.SKU, "NOPE", Field.LOCATION, "A-01", Field.QUANTITY, "1");
        form.submit();
        assertThat(form.error(Field.SKU).get()).isEqualTo(
                "No product NOPE: press Enter to register it.");
        assertThat(rig.api.commandNames).hasSize(sent);

        fill(CommandKind.REGISTER, Field.SKU, "SKU-2", Field.NAME, "again");
        form.submit();
        assertThat(form.error(Field.SKU).get()).isEqualTo("SKU-2 is already registered.");
    }

    @Test
    void what_the_operator_can_fix_at_a_glance_is_said_before_anything_is_sent() {
        fill(CommandKind.RECEIVE, Field.SKU, "SKU-1", Field.LOCATION, "", Field.QUANTITY, "ten");
        int sent = rig.api.commandNames.size();
        form.submit();

        assertThat(rig.api.commandNames).hasSize(sent);
        assertThat(form.error(Field.LOCATION).get()).isEqualTo("Enter the location.");
        assertThat(form.error(Field.QUANTITY).get())
                .isEqualTo("Enter a whole number from 1 to 1,000,000.");
        assertThat(form.attentionProperty().get()).isEqualTo(Field.LOCATION);
    }

    @Test
    void a_refusal_is_said_once_by_its_field_and_the_form_line_only_points_there() {
        fill(CommandKind.PICK, Field.SKU, "SKU-1", Field.LOCATION, "A-01", Field.QUANTITY, "99");
        form.submit();

        String refusal = form.error(Field.QUANTITY).get();
        assertThat(refusal).isEqualTo("Not enough SKU-1 at A-01: only 40 there, not 99.");
        assertThat(form.messageProperty().get()).isEqualTo("Not done: see the field marked.")
                .doesNotContain("only 40");
    }

    @Test
    void a_stale_screen_says_in_one_line_what_changed() {
        form.lookAt(rig.stock.find("SKU-1").orElseThrow());
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 15L));
        assertThat(form.lookedAtProperty().get()).contains("version 2")
                .contains("It has changed since: now 25 on hand, version 3.");

        fill(CommandKind.PICK, Field.LOCATION, "A-01", Field.QUANTITY, "30");
        form.submit();

        assertThat(form.error(Field.SKU).get())
                .isEqualTo("SKU-1 now has 25 on hand (you saw 40); look again and retry.");
        assertThat(form.messageProperty().get()).isEqualTo("Not done: SKU-1 changed since you"
                + " looked.");
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(25);

        fill(CommandKind.PICK, Field.QUANTITY, "20");
        form.submit();
        assertThat(lastBody()).containsEntry("expectedVersion", 3L);
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(5);
    }

    @Test
    void a_stale_screen_names_the_location_that_changed_when_its_figures_were_seen() {
        // The live message at version 3 brings the figures per location the operator sees.
        rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-02",
                "quantity", 5L));
        form.lookAt(rig.stock.find("SKU-1").orElseThrow());
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 33L));

        fill(CommandKind.PICK, Field.LOCATION, "A-01", Field.QUANTITY, "10");
        form.submit();

        assertThat(form.error(Field.SKU).get())
                .isEqualTo("A-01 now holds 7 of SKU-1 (you saw 40); look again and retry.");
    }

    @Test
    void when_nothing_reached_the_server_it_says_not_sent_and_keeps_the_command() {
        fill(CommandKind.RECEIVE, Field.SKU, "SKU-1", Field.LOCATION, "A-01", Field.QUANTITY, "1");
        rig.api.setDown(true);
        form.submit();

        assertThat(form.messageProperty().get()).startsWith(
                "Not sent, the server did not answer; your command is kept.")
                .doesNotContain("Exception").doesNotContain("refused");
        assertThat(form.value(Field.SKU).get()).isEqualTo("SKU-1");
        assertThat(form.value(Field.LOCATION).get()).isEqualTo("A-01");
        assertThat(form.value(Field.QUANTITY).get()).isEqualTo("1");
        Object unanswered = lastBody().get("commandId");

        rig.api.setDown(false);
        form.submit();
        assertThat(lastBody().get("commandId")).isEqualTo(unanswered);
        assertThat(form.messageProperty().get()).startsWith("Received 1 of SKU-1 at A-01");

        fill(CommandKind.RECEIVE, Field.SKU, "SKU-1", Field.LOCATION, "A-01", Field.QUANTITY, "1");
        form.submit();
        assertThat(lastBody().get("commandId")).isNotEqualTo(unanswered);
    }

    @Test
    void a_count_says_the_difference_it_recorded_or_that_it_matched() {
        fill(CommandKind.COUNT, Field.SKU, "SKU-1", Field.LOCATION, "A-01",
                Field.COUNTED_QUANTITY, "38", Field.REASON, "cycle count");
        form.submit();
        assertThat(form.messageProperty().get())
                .isEqualTo("Counted 38 of SKU-1 at A-01: 2 fewer than recorded.");

        fill(CommandKind.COUNT, Field.SKU, "SKU-1", Field.LOCATION, "A-01",
                Field.COUNTED_QUANTITY, "38", Field.REASON, "cycle count");
        form.submit();
        assertThat(form.messageProperty().get())
                .isEqualTo("Counted 38 of SKU-1 at A-01: matches, nothing recorded.");

        fill(CommandKind.COUNT, Field.SKU, "SKU-1", Field.LOCATION, "A-01",
                Field.COUNTED_QUANTITY, "41", Field.REASON, "found more");
        form.submit();
        assertThat(form.messageProperty().get())
                .isEqualTo("Counted 41 of SKU-1 at A-01: 3 more than recorded.");
    }

    @Test
    void enter_moves_through_the_fields_of_the_chosen_command_and_the_last_submits() {
        form.kindProperty().set(CommandKind.MOVE);
        // From-location first, the way a picker walks.
        assertThat(form.after(Field.FROM)).contains(Field.SKU);
        assertThat(form.after(Field.SKU)).contains(Field.TO);
        assertThat(form.after(Field.TO)).contains(Field.QUANTITY);
        assertThat(form.after(Field.QUANTITY)).isEmpty();
    }

    @Test
    void after_a_command_the_product_shows_pending_until_the_stock_view_has_applied_it() {
        rig.api.controlProjection("stock", "pause");
        fill(CommandKind.RECEIVE, Field.SKU, "SKU-2", Field.LOCATION, "B-02", Field.QUANTITY, "3");
        form.submit();
        var row = rig.stock.find("SKU-2").orElseThrow();
        assertThat(rig.stock.rows()).filteredOn(r -> r.sku().equals("SKU-2"))
                .singleElement().satisfies(r -> {
                    assertThat(r.pending()).isTrue();
                    assertThat(r.stateText()).isEqualTo("pending… (5)");
                });
        assertThat(row.onHand()).isEqualTo(20);

        rig.api.controlProjection("stock", "resume");
        assertThat(rig.stock.rows()).filteredOn(r -> r.sku().equals("SKU-2"))
                .singleElement().satisfies(r -> {
                    assertThat(r.pending()).isFalse();
                    assertThat(r.stateText()).isEqualTo("✓ applied (5)");
                    assertThat(r.onHand()).isEqualTo(23);
                });
    }

    @Test
    void offers_only_the_commands_the_users_roles_allow() {
        var operator = new ViewModelRig().seeded().signedInAs("operator");
        operator.form.kindProperty().set(CommandKind.REGISTER);
        assertThat(operator.form.offered(CommandKind.REGISTER).get()).isFalse();
        assertThat(operator.form.offered(CommandKind.PICK).get()).isTrue();

        var supervisor = new ViewModelRig().seeded().signedInAs("supervisor");
        assertThat(CommandKind.values()).allMatch(k -> supervisor.form.offered(k).get());

        var trainer = new ViewModelRig().seeded().signedInAs("trainer");
        assertThat(trainer.form.anyOfferedProperty().get()).isFalse();
        assertThat(operator.form.anyOfferedProperty().get()).isTrue();
    }

    @Test
    void a_command_the_roles_do_not_allow_is_not_sent() {
        var operator = new ViewModelRig().seeded().signedInAs("operator");
        operator.form.kindProperty().set(CommandKind.REGISTER);
        operator.form.value(Field.SKU).set("SKU-9");
        operator.form.value(Field.NAME).set("Not mine to register");
        int sent = operator.api.commandNames.size();
        operator.form.submit();

        assertThat(operator.api.commandNames).hasSize(sent);
        assertThat(operator.form.messageProperty().get())
                .isEqualTo("Not sent: your roles do not allow register-product.");
    }

    @Test
    void a_user_who_cannot_issue_the_chosen_command_finds_one_that_he_can() {
        form.kindProperty().set(CommandKind.REGISTER);
        rig.session.signOut();
        rig.signedInAs("operator");
        assertThat(form.kindProperty().get()).isEqualTo(CommandKind.RECEIVE);
    }

    @Test
    void when_the_session_ends_the_form_keeps_what_was_typed_and_sends_it_after_signing_in() {
        fill(CommandKind.RECEIVE, Field.SKU, "SKU-1", Field.LOCATION, "A-07", Field.QUANTITY, "6",
                Field.REFERENCE, "PO-77");
        rig.api.sessions().endAll();
        form.submit();

        assertThat(form.messageProperty().get()).isEqualTo("Not sent: the session has ended."
                + " Sign in again, then submit: the form keeps what you typed.");
        assertThat(form.value(Field.LOCATION).get()).isEqualTo("A-07");
        assertThat(form.value(Field.REFERENCE).get()).isEqualTo("PO-77");
        assertThat(rig.signIn.againProperty().get()).isTrue();
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(40);

        rig.signIn.passwordProperty().set(tally.client.testing.FakeSessions.password("owner"));
        rig.signIn.signIn();
        assertThat(form.value(Field.QUANTITY).get()).isEqualTo("6");
        form.submit();
        assertThat(lastBody()).containsEntry("location", "A-07").containsEntry("quantity", 6L)
                .containsEntry("reference", "PO-77");
        assertThat(form.messageProperty().get()).startsWith("Received 6 of SKU-1 at A-07");
        assertThat(rig.stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(46);
    }
}
