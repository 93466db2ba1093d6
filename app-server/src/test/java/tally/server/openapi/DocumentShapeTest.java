package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** What makes the document usable by standard tools and generators, read without a server. */
class DocumentShapeTest {
    static final List<String> COMMANDS = List.of("register-product", "receive-stock",
            "move-stock", "pick-stock", "adjust-stock");
    static final ObjectMapper JSON = new ObjectMapper();

    final ApiContract contract = ApiContract.served();

    @Test
    void every_operation_has_a_unique_operation_id_a_summary_and_a_tag() {
        var operations = contract.operations();
        assertThat(operations).allSatisfy(o -> {
            var operation = contract.operation(o);
            assertThat(o.id()).as(o.template()).matches("[a-z][A-Za-z]+");
            assertThat(operation.getSummary()).as(o.id()).isNotBlank();
            assertThat(operation.getTags()).as(o.id()).hasSize(1);
        });
        assertThat(contract.operationIds()).hasSameSizeAs(operations);
    }

    @Test
    void each_command_is_its_own_path_with_a_body_schema_that_refuses_unknown_fields() {
        for (String name : COMMANDS) {
            var found = contract.operationFor("POST", "/api/commands/" + name);
            assertThat(found).as(name).isPresent();
            var body = contract.operation(found.get()).getRequestBody();
            assertThat(body.getRequired()).as(name).isTrue();
            var schema = body.getContent().get("application/json").getSchema();
            assertThat(schema.getAdditionalProperties()).as(name).isEqualTo(false);
            assertThat(schema.getRequired()).as(name).contains("sku");
        }
        assertThat(contract.operations()).extracting(ApiContract.DocumentedOperation::template)
                .noneMatch(t -> t.startsWith("/api/commands/{"));
    }

    @Test
    void every_example_in_the_document_matches_its_schema() throws Exception {
        var checked = new ArrayList<String>();
        for (var o : contract.operations()) {
            var operation = contract.operation(o);
            if (operation.getRequestBody() != null) {
                checkExamples(o.id() + " request", operation.getRequestBody().getContent(),
                        checked);
            }
            for (var answer : operation.getResponses().entrySet()) {
                checkExamples(o.id() + " " + answer.getKey(), answer.getValue().getContent(),
                        checked);
            }
        }
        assertThat(checked).as("examples checked").hasSizeGreaterThan(10);
    }

    @Test
    void every_object_with_named_fields_refuses_fields_it_does_not_name() {
        Map<String, Object> document = new Yaml().load(ApiContract.servedText());
        var open = new ArrayList<String>();
        walk(document, "#", (path, node) -> {
            if ("object".equals(node.get("type")) && node.containsKey("properties")
                    && !Boolean.FALSE.equals(node.get("additionalProperties"))) {
                open.add(path);
            }
        });
        assertThat(open).isEmpty();
    }

    @Test
    void no_link_in_the_document_leads_outside_the_repository() {
        String text = ApiContract.servedText();
        // The problem types are identifiers (one is written as a pattern), not pages.
        var urls = Pattern.compile("https?://[^\\s'\"`)]*").matcher(text).results()
                .map(r -> r.group().replace("\\.", ".")).toList();
        assertThat(urls).isNotEmpty()
                .allSatisfy(u -> assertThat(u).startsWith("https://tally.dev/problems/"));
        assertThat(text).doesNotContain("../").doesNotContain("shared/");
    }

    private void checkExamples(String where, Content content, List<String> checked)
            throws Exception {
        if (content == null) {
            return;
        }
        for (var media : content.entrySet()) {
            var schema = media.getValue().getSchema();
            var examples = new ArrayList<Object>();
            if (media.getValue().getExample() != null) {
                examples.add(media.getValue().getExample());
            }
            if (media.getValue().getExamples() != null) {
                media.getValue().getExamples().values().forEach(e -> examples.add(e.getValue()));
            }
            for (Object example : examples) {
                if (!media.getKey().contains("json")) {
                    continue;
                }
                var report = contract.validateAgainst(schema, JSON.writeValueAsString(example));
                assertThat(report.getMessages()).as(where + " example " + example)
                        .noneMatch(m -> m.getLevel() == ValidationReport.Level.ERROR);
                checked.add(where);
            }
        }
    }

    interface Visitor {
        void visit(String path, Map<?, ?> node);
    }

    private static void walk(Object node, String path, Visitor visitor) {
        if (node instanceof Map<?, ?> map) {
            visitor.visit(path, map);
            map.forEach((k, v) -> walk(v, path + "/" + k, visitor));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "/" + i, visitor);
            }
        }
    }
}
