package tally.server.openapi;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules by which the server and its OpenAPI document may not drift apart, for one exchange:
 * <ul>
 * <li>an answer to a documented operation has a documented status, and its body matches the
 *     schema documented for that status and media type;</li>
 * <li>a request the server carries out (2xx) is valid per the document, which is to say a
 *     request the document rejects never gets a 2xx;</li>
 * <li>a 400 goes only to a request the document rejects too (so the document is not looser
 *     than the server);</li>
 * <li>a path or method the document does not name gets a 4xx problem, never a 2xx or 5xx.</li>
 * </ul>
 */
final class ExchangeJudge {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ExchangeJudge() {
    }

    /** What the exchange breaks, in words; empty when it keeps every rule. */
    static List<String> breaches(ApiContract contract, Exchange e) {
        var found = new ArrayList<String>();
        var operation = contract.operationFor(e.method(), e.uri().getRawPath());
        if (operation.isEmpty()) {
            undocumented(contract, e, found);
            return found;
        }
        var method = Request.Method.valueOf(e.method().toUpperCase(Locale.ROOT));
        var answer = contract.validateResponse(e.uri().getRawPath(), method, response(e));
        errors(answer).forEach(m -> found.add("the answer breaks the document: " + m));
        if (e.responseBody().length > 0 && e.responseHeader("Content-Type").isEmpty()) {
            found.add("the answer has a body but no Content-Type");
        }
        List<String> requestErrors = requestErrors(contract, e);
        if (e.status() / 100 == 2 && !requestErrors.isEmpty()) {
            found.add("the server carried out a request the document rejects: " + requestErrors);
        }
        if (e.status() == 400 && requestErrors.isEmpty()) {
            found.add("the server refused as invalid a request the document accepts");
        }
        return found;
    }

    private static void undocumented(ApiContract contract, Exchange e, List<String> found) {
        if (e.status() < 400 || e.status() >= 500) {
            found.add("not in the document, yet answered " + e.status());
            return;
        }
        if (!e.responseHeader("Content-Type").orElse("").startsWith(PROBLEM_JSON)) {
            found.add("a refusal that is not " + PROBLEM_JSON);
            return;
        }
        var body = new String(e.responseBody(), StandardCharsets.UTF_8);
        errors(contract.validateAgainst("Problem", body))
                .forEach(m -> found.add("the problem breaks the document's Problem: " + m));
    }

    /**
     * The request's faults per the document, and a body that is not one strict JSON value: the
     * validator reads duplicate keys and trailing text leniently, the server does not, and the
     * document's {@code application/json} means one well-formed value.
     */
    static List<String> requestErrors(ApiContract contract, Exchange e) {
        var errors = new ArrayList<>(errors(contract.validateRequest(request(e))));
        if (optionalBodyLeftOut(contract, e)) {
            // OpenAPI lets an optional body be left out, and with it its Content-Type; the
            // validator asks for a documented Content-Type all the same
            errors.removeIf(m -> m.startsWith("validation.request.contentType.notAllowed"));
        }
        boolean json = e.requestHeader("Content-Type").orElse("").contains("json");
        if (json && e.requestBody().length > 0) {
            try {
                STRICT_JSON.readTree(e.requestBody());
            } catch (IOException notStrict) {
                errors.add("the body is not one well-formed JSON value");
            }
        }
        return errors;
    }

    private static boolean optionalBodyLeftOut(ApiContract contract, Exchange e) {
        if (e.requestBody().length > 0 || e.requestHeader("Content-Type").isPresent()) {
            return false;
        }
        return contract.operationFor(e.method(), e.uri().getRawPath())
                .map(o -> contract.api().getPaths().get(o.template()).readOperationsMap()
                        .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(o.method())))
                .map(o -> o.getRequestBody() != null
                        && !Boolean.TRUE.equals(o.getRequestBody().getRequired()))
                .orElse(false);
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    private static Request request(Exchange e) {
        var builder = new SimpleRequest.Builder(e.method(), e.uri().getRawPath());
        e.requestHeaders().forEach(builder::withHeader);
        if (e.requestBody().length > 0) {
            builder.withBody(e.requestBody());
        }
        String query = e.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                builder.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)),
                        decode(eq < 0 ? "" : pair.substring(eq + 1)));
            }
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange e) {
        var builder = new SimpleResponse.Builder(e.status());
        e.responseHeaders().forEach(builder::withHeader);
        if (e.responseBody().length > 0) {
            builder.withBody(e.responseBody());
        }
        return builder.build();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
