package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The judge's rules on exchanges made up here, so each rule is seen to fail: an answer or a
 * request that drifts from the document, or a document that drifts from the server.
 */
class ExchangeJudgeTest {
    static final String RECORDED = "{\"commandId\":\"c-1\",\"stream\":\"product-SKU-1\","
            + "\"version\":1,\"position\":1}";
    static final String REGISTER = "{\"sku\":\"SKU-1\",\"name\":\"Bolt\"}";

    final ApiContract served = ApiContract.served();

    static Exchange exchange(String method, String path, String requestBody, int status,
                             String contentType, String responseBody) {
        return new Exchange(method, URI.create("http://localhost:8080" + path),
                Map.of("Content-Type", List.of("application/json"), "Authorization",
                        List.of("Bearer a-token")), utf8(requestBody), status,
                Map.of("Content-Type", List.of(contentType)), utf8(responseBody));
    }

    static Exchange registered(String requestBody, String answer) {
        return exchange("POST", "/api/commands/register-product", requestBody, 200,
                "application/json", answer);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_documented_answer_to_a_valid_request_keeps_every_rule() {
        assertThat(ExchangeJudge.breaches(served, registered(REGISTER, RECORDED))).isEmpty();
    }

    @Test
    void an_answer_with_a_field_the_document_does_not_name_is_a_breach() {
        String extra = RECORDED.replace("}", ",\"user\":\"ann\"}");
        assertThat(ExchangeJudge.breaches(served, registered(REGISTER, extra)))
                .singleElement().asString().contains("answer breaks the document", "'user'");
    }

    @Test
    void an_answer_missing_a_required_field_is_a_breach() {
        String missing = RECORDED.replace(",\"position\":1", "");
        assertThat(ExchangeJudge.breaches(served, registered(REGISTER, missing)))
                .singleElement().asString().contains("position");
    }

    @Test
    void a_status_the_document_does_not_list_for_the_operation_is_a_breach() {
        var e = exchange("GET", "/api/products", "", 404, "application/problem+json",
                "{\"type\":\"https://tally.dev/problems/not-found\",\"title\":\"Not found\","
                        + "\"status\":404,\"detail\":\"gone\"}");
        assertThat(ExchangeJudge.breaches(served, e)).singleElement().asString()
                .contains("status 404 not defined");
    }

    @Test
    void a_request_the_document_rejects_is_a_breach_when_the_server_carries_it_out() {
        String unknownField = REGISTER.replace("}", ",\"colour\":\"red\"}");
        assertThat(ExchangeJudge.breaches(served, registered(unknownField, RECORDED)))
                .singleElement().asString().contains("carried out a request the document rejects",
                        "colour");
    }

    @Test
    void a_body_with_a_key_twice_counts_as_one_the_document_rejects() {
        String twice = "{\"sku\":\"SKU-1\",\"name\":\"Bolt\",\"name\":\"Nut\"}";
        assertThat(ExchangeJudge.breaches(served, registered(twice, RECORDED)))
                .singleElement().asString().contains("not one well-formed JSON value");
    }

    @Test
    void a_400_to_a_request_the_document_accepts_is_a_breach() {
        var e = exchange("POST", "/api/commands/register-product", REGISTER, 400,
                "application/problem+json", "{\"type\":\"https://tally.dev/problems/"
                        + "invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"name is too long\"}");
        assertThat(ExchangeJudge.breaches(served, e)).singleElement().asString()
                .contains("refused as invalid a request the document accepts");
    }

    @Test
    void a_path_the_document_does_not_name_gets_a_problem_and_never_a_2xx() {
        String problem = "{\"type\":\"https://tally.dev/problems/unknown-command\","
                + "\"title\":\"Unknown command\",\"status\":404,\"detail\":\"no sell\"}";
        var refused = exchange("POST", "/api/commands/sell-stock", "{}", 404,
                "application/problem+json", problem);
        assertThat(ExchangeJudge.breaches(served, refused)).isEmpty();
        var accepted = exchange("POST", "/api/commands/sell-stock", "{}", 200,
                "application/json", RECORDED);
        assertThat(ExchangeJudge.breaches(served, accepted)).singleElement().asString()
                .contains("not in the document, yet answered 200");
        var caseChanged = exchange("POST", "/api/commands/Register-Product", REGISTER, 200,
                "application/json", RECORDED);
        assertThat(ExchangeJudge.breaches(served, caseChanged)).isNotEmpty();
    }

    @Test
    void a_document_that_drifts_from_the_server_is_caught_on_the_next_exchange() {
        String drifted = ApiContract.servedText().replace("'^[A-Za-z0-9._-]{1,40}$'",
                "'^[A-Za-z0-9._-]{1,30}$'");
        assertThat(drifted).isNotEqualTo(ApiContract.servedText());
        String longSku = "SKU-" + "9".repeat(30);
        String request = REGISTER.replace("SKU-1", longSku);
        String answer = RECORDED.replace("SKU-1", longSku);

        assertThat(ExchangeJudge.breaches(served, registered(request, answer))).isEmpty();
        assertThat(ExchangeJudge.breaches(ApiContract.of(drifted), registered(request, answer)))
                .isNotEmpty().allSatisfy(b -> assertThat(b).contains("pattern"));
    }
}
