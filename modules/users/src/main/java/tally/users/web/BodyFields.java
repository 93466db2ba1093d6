package tally.users.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tally.users.FieldError;
import tally.users.Role;
import tally.users.UserProblem;

/**
 * The fields of one JSON body, read strictly as the commands are: a missing, null or mistyped
 * field and any field not asked for are each noted, so that one 400 names them all. No message
 * quotes the body: it may hold a password.
 */
final class BodyFields {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode body;
    private final Set<String> read = new HashSet<>();
    private final List<FieldError> errors = new ArrayList<>();

    private BodyFields(JsonNode body) {
        this.body = body;
    }

    static BodyFields of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw UserProblem.invalidBody("the body must be a JSON object");
        }
        try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
            JsonNode node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw UserProblem.invalidBody("the body holds more than one JSON value");
            }
            if (node == null || !node.isObject()) {
                throw UserProblem.invalidBody("the body must be a JSON object");
            }
            return new BodyFields(node);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw UserProblem.invalidBody("the body is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw UserProblem.invalidBody("the body could not be read");
        }
    }

    /** A string field; null when it is missing (noted if required) or not a string (noted). */
    String text(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return value.textValue();
    }

    Boolean flag(String field) {
        JsonNode value = field(field, false);
        if (value != null && !value.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false"));
            return null;
        }
        return value == null ? null : value.booleanValue();
    }

    /** A non-empty array of distinct role names; null when missing or wrong (noted). */
    Set<Role> roles(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null) {
            return null;
        }
        var roles = EnumSet.noneOf(Role.class);
        boolean ok = value.isArray() && !value.isEmpty();
        for (JsonNode item : value.isArray() ? value : JSON.createArrayNode()) {
            ok &= item.isTextual() && Role.ofWireName(item.textValue()).map(roles::add)
                    .orElse(false);
        }
        if (!ok) {
            errors.add(new FieldError(field, "must be a non-empty list of distinct roles:"
                    + " operator, supervisor, trainer, admin"));
            return null;
        }
        return roles;
    }

    /** Notes a fault the rules found in a field that was read. */
    void check(String field, String fault) {
        if (fault != null) {
            errors.add(new FieldError(field, fault));
        }
    }

    /** Throws the 400 naming every bad field, and every field nobody asked for, if any. */
    void done() {
        var all = new ArrayList<>(errors);
        body.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                all.add(new FieldError(name, "is not a field of this request"));
            }
        });
        if (!all.isEmpty()) {
            throw UserProblem.invalid(all);
        }
    }

    private JsonNode field(String field, boolean required) {
        read.add(field);
        JsonNode value = body.get(field);
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (value.isNull()) {
            errors.add(new FieldError(field, required ? "is required" : "must not be null"));
            return null;
        }
        return value;
    }
}
