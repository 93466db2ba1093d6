package tally.server.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The OpenAPI document the server serves ({@code /openapi/tally.yml}), loaded once, with what
 * {@link ExchangeJudge} asks of it: which documented operation a request is for, and what the
 * validator finds wrong with a request, an answer or a problem body.
 */
public final class ApiContract {
    static final String RESOURCE = "/openapi/tally.yml";
    /**
     * The validator's defaults, except that it does not add {@code additionalProperties: false}
     * to every schema: the document says where unknown fields are refused (everywhere but the
     * {@code allOf} parts that narrow a problem's {@code type}, which the addition would break),
     * and Prism reads it the same way.
     */
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
            .withLevel("validation.request.parameter.query.unexpected",
                    ValidationReport.Level.IGNORE)
            .build();
    private static final ApiContract SERVED = of(servedText());

    /** One documented operation; {@code path} matches request paths case-sensitively. */
    record DocumentedOperation(String method, String template, Pattern path, String id) {
    }

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemas;
    private final List<DocumentedOperation> operations = new ArrayList<>();

    private ApiContract(OpenAPI api) {
        this.api = api;
        this.validator = OpenApiInteractionValidator.createFor(api).withLevelResolver(LEVELS)
                .build();
        this.schemas = new SchemaValidator(api, new MessageResolver(LEVELS));
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach(
                (method, operation) -> operations.add(new DocumentedOperation(method.name(),
                        template, pathPattern(template), operation.getOperationId()))));
    }

    /** The document as served. */
    public static ApiContract served() {
        return SERVED;
    }

    /** Another document, for showing that the judge notices when it drifts from the server. */
    static ApiContract of(String yaml) {
        // The validator's own way of loading, fully resolved, so examples and schemas read
        // here are the ones it validates against.
        var options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        options.setExplicitObjectSchema(false);
        return new ApiContract(new OpenApiLoader().loadApi(SpecSource.inline(yaml), List.of(),
                options));
    }

    static String servedText() {
        try (InputStream in = ApiContract.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OpenAPI api() {
        return api;
    }

    /** Every operationId of the document. */
    public Set<String> operationIds() {
        var ids = new TreeSet<String>();
        operations.forEach(o -> ids.add(o.id()));
        return ids;
    }

    List<DocumentedOperation> operations() {
        return List.copyOf(operations);
    }

    /**
     * The operation a request is for. Matched here rather than by the validator's resolver,
     * which compares paths ignoring case while the server does not.
     */
    Optional<DocumentedOperation> operationFor(String method, String rawPath) {
        return operations.stream()
                .filter(o -> o.method().equals(method.toUpperCase(Locale.ROOT))
                        && o.path().matcher(rawPath).matches())
                .min((a, b) -> Boolean.compare(a.template().contains("{"),
                        b.template().contains("{")));
    }

    ValidationReport validateRequest(com.atlassian.oai.validator.model.Request request) {
        return validator.validateRequest(request);
    }

    ValidationReport validateResponse(String path, com.atlassian.oai.validator.model.Request.Method
            method, com.atlassian.oai.validator.model.Response response) {
        return validator.validateResponse(path, method, response);
    }

    /** What is wrong with a JSON text as an instance of {@code components/schemas/name}. */
    ValidationReport validateAgainst(String schemaName, String json) {
        var schema = api.getComponents().getSchemas().get(schemaName);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + schemaName);
        }
        return schemas.validate(json, schema, "body");
    }

    ValidationReport validateAgainst(io.swagger.v3.oas.models.media.Schema<?> schema,
                                     String json) {
        return schemas.validate(json, schema, "example");
    }

    Operation operation(DocumentedOperation o) {
        return api.getPaths().get(o.template()).readOperationsMap()
                .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(o.method()));
    }

    private static Pattern pathPattern(String template) {
        var regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
