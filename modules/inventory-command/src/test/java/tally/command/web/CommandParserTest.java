package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.command.CommandEnvelope;
import tally.command.CommandProblem;
import tally.command.domain.FieldProblem;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.RegisterProduct;

class CommandParserTest {
    final CommandParser parser = new CommandParser();

    CommandEnvelope parse(String name, String body) {
        return parser.parse(name, body.getBytes(StandardCharsets.UTF_8), null);
    }

    CommandProblem problem(String name, String body) {
        return catchThrowableOfType(() -> parse(name, body), CommandProblem.class);
    }

    List<FieldProblem> errors(String name, String body) {
        var p = problem(name, body);
        assertThat(p.status()).isEqualTo(400);
        return p.errors();
    }

    @Test
    void reads_every_command_of_the_api() {
        assertThat(parse("register-product", "{\"sku\":\"S-1\",\"name\":\" Bolt \"}").command())
                .isEqualTo(new RegisterProduct("S-1", "Bolt", 0));
        assertThat(parse("move-stock", "{\"sku\":\"S\",\"from\":\"A\",\"to\":\"B\",\"quantity\":2}")
                .command()).isEqualTo(new MoveStock("S", "A", "B", 2));
        var adjust = parse("adjust-stock", "{\"sku\":\"S\",\"location\":\"A\",\"countedQuantity\":0,"
                + "\"reason\":\"count\",\"commandId\":\"c-1\",\"expectedVersion\":7}");
        assertThat(adjust.command()).isEqualTo(new AdjustStock("S", "A", 0, "count"));
        assertThat(adjust.commandId()).isEqualTo("c-1");
        assertThat(adjust.clientGaveId()).isTrue();
        assertThat(adjust.expectedVersion()).isEqualTo(7L);
        assertThat(parse("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1,"
                + "\"reference\":\"SO-1\"}").command().stream()).isEqualTo("product-S");
        assertThat(parse("receive-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1}")
                .command().stream()).isEqualTo("product-S");
    }

    @Test
    void makes_up_a_command_id_when_the_client_gave_none() {
        var c = parse("register-product", "{\"sku\":\"S\",\"name\":\"n\"}");
        assertThat(c.commandId()).hasSize(36);
        assertThat(c.clientGaveId()).isFalse();
    }

    @Test
    void an_unknown_command_is_a_404() {
        assertThat(problem("sell-stock", "{}").status()).isEqualTo(404);
        assertThat(problem("sell-stock", "{}").slug()).isEqualTo("unknown-command");
    }

    @Test
    void names_an_unknown_field_so_a_typo_never_passes() {
        assertThat(errors("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1,"
                + "\"refrence\":\"x\"}"))
                .containsExactly(new FieldProblem("refrence", "is not a field of this command"));
    }

    @Test
    void names_a_field_with_an_empty_name_in_plain_words() {
        assertThat(errors("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1,"
                + "\"\":1}"))
                .containsExactly(new FieldProblem("",
                        "a field with an empty name is not a field of this command"));
        assertThat(problem("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1,"
                + "\"\":1}").getMessage())
                .isEqualTo("a field with an empty name is not a field of this command");
    }

    @Test
    void names_a_missing_field_a_null_and_a_wrong_type() {
        assertThat(errors("receive-stock", "{\"location\":null,\"quantity\":\"5\",\"reference\":7}"))
                .containsExactly(new FieldProblem("sku", "is required"),
                        new FieldProblem("location", "must not be null"),
                        new FieldProblem("quantity", "must be a whole number"),
                        new FieldProblem("reference", "must be a string"));
    }

    @Test
    void refuses_a_null_even_for_an_optional_field() {
        assertThat(errors("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1,"
                + "\"reference\":null,\"commandId\":null,\"expectedVersion\":null}"))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("reference", "commandId", "expectedVersion");
    }

    @Test
    void refuses_fractions_and_numbers_out_of_range() {
        assertThat(errors("move-stock", "{\"sku\":\"S\",\"from\":\"A\",\"to\":\"B\",\"quantity\":1.0}"))
                .containsExactly(new FieldProblem("quantity", "must be a whole number, not a fraction"));
        assertThat(errors("move-stock", "{\"sku\":\"S\",\"from\":\"A\",\"to\":\"B\",\"quantity\":1e2}"))
                .extracting(FieldProblem::field).containsExactly("quantity");
        assertThat(errors("move-stock", "{\"sku\":\"S\",\"from\":\"A\",\"to\":\"B\","
                + "\"quantity\":1000001}")).containsExactly(
                new FieldProblem("quantity", "must be a whole number from 1 to 1000000"));
        assertThat(errors("move-stock", "{\"sku\":\"S\",\"from\":\"A\",\"to\":\"B\","
                + "\"quantity\":99999999999999999999999}"))
                .containsExactly(new FieldProblem("quantity", "is out of range"));
        assertThat(errors("register-product", "{\"sku\":\"S\",\"name\":\"n\",\"reorderPoint\":-1,"
                + "\"expectedVersion\":-1}"))
                .extracting(FieldProblem::field).containsExactly("expectedVersion", "reorderPoint");
    }

    @Test
    void refuses_bad_skus_locations_names_and_texts() {
        assertThat(errors("move-stock", "{\"sku\":\"" + "S".repeat(41) + "\",\"from\":\"A B\","
                + "\"to\":\"" + "L".repeat(21) + "\",\"quantity\":1}"))
                .extracting(FieldProblem::field).containsExactly("sku", "from", "to");
        assertThat(errors("register-product", "{\"sku\":\"S\",\"name\":\"   \"}"))
                .containsExactly(new FieldProblem("name", "must not be blank"));
        assertThat(errors("adjust-stock", "{\"sku\":\"S\",\"location\":\"A\",\"countedQuantity\":1,"
                + "\"reason\":\"" + "r".repeat(201) + "\",\"commandId\":\"" + "c".repeat(65) + "\"}"))
                .extracting(FieldProblem::field).containsExactly("commandId", "reason");
        assertThat(errors("adjust-stock", "{\"sku\":\"S\",\"location\":\"A\",\"countedQuantity\":1}"))
                .containsExactly(new FieldProblem("reason", "is required"));
    }

    @Test
    void refuses_what_is_not_one_json_object() {
        for (String body : List.of("", "[]", "\"x\"", "null", "{", "{} {}", "{\"sku\":\"S\",\"sku\":\"T\"}",
                "{'sku':'S'}", "{\"sku\":\"S\",}")) {
            var p = problem("register-product", body);
            assertThat(p.status()).as(body).isEqualTo(400);
            assertThat(p.errors()).as(body).isNull();
        }
        assertThat(catchThrowableOfType(() -> parser.parse("register-product", null, null),
                CommandProblem.class).getMessage()).isEqualTo("the body must be a JSON object");
    }

    @Test
    void gives_a_retry_the_same_fingerprint_and_another_command_a_different_one() {
        String fp = parse("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1}").fingerprint();
        assertThat(parse("pick-stock", "{ \"quantity\":1, \"location\":\"A\",\"sku\":\"S\",\"commandId\":\"k\"}")
                .fingerprint()).isEqualTo(fp);
        assertThat(parse("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":2}")
                .fingerprint()).isNotEqualTo(fp);
        assertThat(parse("receive-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1}")
                .fingerprint()).isNotEqualTo(fp);
        assertThat(parse("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1,"
                + "\"expectedVersion\":3}").fingerprint()).isNotEqualTo(fp);
        assertThat(parse("register-product", "{\"sku\":\"S\",\"name\":\"n\",\"reorderPoint\":0}")
                .fingerprint()).isEqualTo(parse("register-product", "{\"sku\":\"S\",\"name\":\" n\"}")
                .fingerprint());
    }

    /** Fingerprints are stored with command ids: a retry after an upgrade must still match. */
    @Test
    void keeps_the_fingerprint_of_a_command_as_it_was_stored_before() {
        assertThat(parse("pick-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1}")
                .fingerprint()).isEqualTo(
                "eb467d33b6980acec42532332dc4ce2210a260c0acb27ce95f77ff80f37f01d8");
        assertThat(parse("register-product", "{\"sku\":\"S-1\",\"name\":\" B\\\"o\\u00e9lt\\n \","
                + "\"reorderPoint\":5,\"expectedVersion\":0}").fingerprint()).isEqualTo(
                "2ec56e1fa26f598f2c0b68e0f465eca03c6b2101e6dc9d592f3f6a3c4ebe4b15");
        assertThat(parse("adjust-stock", "{\"sku\":\"S\",\"location\":\"A\",\"countedQuantity\":0,"
                + "\"reason\":\"c\\u0001\\\\x\",\"commandId\":\"c-1\",\"expectedVersion\":7}")
                .fingerprint()).isEqualTo(
                "431a4e09ca6c32006146b7f1c1ce0ec8233b6bd94948ef8985dd7e5ff6b8da49");
        assertThat(parse("receive-stock", "{\"sku\":\"S\",\"location\":\"A\",\"quantity\":1000000,"
                + "\"reference\":\"\\ud83d\\ude00\"}").fingerprint()).isEqualTo(
                "eb9b103e327e1e109b5c7e10e6d3da230afa383fb45d2c51186430eb76782bdb");
    }

    @Test
    void reads_values_the_way_the_tree_model_did_however_deep_or_large() {
        assertThat(errors("move-stock", "{\"sku\":{\"a\":[1,{\"b\":2}]},\"from\":[],\"to\":true,"
                + "\"quantity\":9223372036854775807}")).containsExactly(
                new FieldProblem("sku", "must be a string"),
                new FieldProblem("from", "must be a string"),
                new FieldProblem("to", "must be a string"),
                new FieldProblem("quantity", "must be a whole number from 1 to 1000000"));
        assertThat(problem("move-stock", "{\"sku\":{\"a\":1,\"a\":2}}").getMessage())
                .startsWith("the body is not valid JSON: Duplicate field 'a'");
        assertThat(problem("move-stock", "{\"sku\":\"S\"} x").getMessage())
                .startsWith("the body is not valid JSON: Unrecognized token 'x'");
        assertThat(problem("move-stock", "{} {}").getMessage())
                .isEqualTo("the body holds more than one JSON value");
        assertThat(problem("move-stock", "[1] [2]").getMessage())
                .isEqualTo("the body holds more than one JSON value");
        assertThat(problem("move-stock", "7").getMessage())
                .isEqualTo("the body must be a JSON object");
    }
}
