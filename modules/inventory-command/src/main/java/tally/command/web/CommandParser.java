package tally.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import tally.command.CommandEnvelope;
import tally.command.CommandProblem;
import tally.command.domain.FieldProblem;
import tally.command.domain.InvalidCommand;
import tally.command.domain.ProductCommand;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;

/**
 * Turns {@code POST /api/commands/{name}} and its body into a command, or into a 400 naming each
 * bad field. The body is parsed here with Jackson's tree model, not bound by the framework, so
 * that every message (and every refusal of a typo) is ours. All routing from a command's name to
 * its record is the table in {@link #command}.
 */
@Singleton
final class CommandParser {
    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final Fingerprints fingerprints = new Fingerprints();

    CommandEnvelope parse(String name, byte[] body) {
        if (!Commands.NAMES.contains(name)) {
            throw CommandProblem.unknownCommand(name);
        }
        var fields = new FieldReader(objectOf(body));
        String commandId = fields.commandId("commandId");
        Long expectedVersion = fields.version("expectedVersion");
        ProductCommand command = command(name, fields);
        List<FieldProblem> problems = fields.problems();
        if (!problems.isEmpty()) {
            throw CommandProblem.invalid(summary(problems), problems);
        }
        boolean clientGaveId = commandId != null;
        return new CommandEnvelope(name, command, clientGaveId ? commandId : CommandIds.next(),
                clientGaveId, expectedVersion,
                fingerprints.of(name, command, expectedVersion));
    }

    /** The routing table: a command's name, its fields, its record (null while any is bad). */
    private static ProductCommand command(String name, FieldReader f) {
        try {
            return switch (name) {
                case Commands.REGISTER -> new RegisterProduct(f.sku("sku"), f.name("name"),
                        f.units("reorderPoint", false));
                case Commands.RECEIVE -> new ReceiveStock(f.sku("sku"),
                        f.location("location"), f.quantity("quantity"), f.note("reference", false));
                case Commands.MOVE -> new MoveStock(f.sku("sku"), f.location("from"),
                        f.location("to"), f.quantity("quantity"));
                case Commands.PICK -> new PickStock(f.sku("sku"), f.location("location"),
                        f.quantity("quantity"), f.note("reference", false));
                case Commands.ADJUST -> new AdjustStock(f.sku("sku"),
                        f.location("location"), f.units("countedQuantity", true),
                        f.note("reason", true));
                default -> throw CommandProblem.unknownCommand(name);
            };
        } catch (InvalidCommand e) {
            // The fields' own problems were noted as they were read; the record only repeats them.
            if (f.problems().isEmpty()) {
                throw CommandProblem.invalid(e.getMessage(), e.problems());
            }
            return null;
        }
    }

    private ObjectNode objectOf(byte[] body) {
        JsonNode node;
        try (JsonParser parser = json.getFactory().createParser(body == null ? new byte[0] : body)) {
            node = json.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw CommandProblem.invalid("the body holds more than one JSON value", List.of());
            }
        } catch (JsonProcessingException e) {
            throw CommandProblem.invalid("the body is not valid JSON: " + messageOf(e), List.of());
        } catch (IOException e) {
            throw CommandProblem.invalid("the body could not be read", List.of());
        }
        if (node == null || !node.isObject()) {
            throw CommandProblem.invalid("the body must be a JSON object", List.of());
        }
        return (ObjectNode) node;
    }

    private static String messageOf(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        var at = e.getLocation();
        return at == null ? message
                : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String summary(List<FieldProblem> problems) {
        var first = problems.get(0);
        return first.field() + " " + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
