package tally.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.command.CommandEnvelope;
import tally.command.CommandProblem;
import tally.command.Fingerprints;
import tally.command.domain.FieldProblem;
import tally.command.domain.InvalidCommand;
import tally.command.domain.Command;
import tally.command.domain.LocationCommand.ChangeLocation;
import tally.command.domain.LocationCommand.DefineLocation;
import tally.command.domain.LocationCommand.RetireLocation;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.ShipOrder;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.command.domain.ProductCommand.ChangeReorderPoint;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.ProductCommand.RenameProduct;
import tally.command.domain.ProductCommand.UnassignBarcode;

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

    /** {@code user}: who sends it, or null when nobody is signed in. */
    CommandEnvelope parse(String name, byte[] body, String user) {
        if (!Commands.NAMES.contains(name)) {
            throw CommandProblem.unknownCommand(name);
        }
        var fields = new FieldReader(fieldsOf(body));
        String commandId = fields.commandId("commandId");
        Long expectedVersion = fields.version("expectedVersion");
        Command command = command(name, fields);
        List<FieldProblem> problems = fields.problems();
        if (!problems.isEmpty()) {
            throw CommandProblem.invalid(summary(problems), problems);
        }
        boolean clientGaveId = commandId != null;
        return new CommandEnvelope(name, command, clientGaveId ? commandId : CommandIds.next(),
                clientGaveId, expectedVersion,
                fingerprints.of(name, command, expectedVersion), user);
    }

    /** The routing table: a command's name, its fields, its record (null while any is bad). */
    private static Command command(String name, FieldReader f) {
        try {
            return switch (name) {
                case Commands.REGISTER -> new RegisterProduct(f.sku("sku"), f.name("name"),
                        f.units("reorderPoint", false));
                case Commands.RENAME -> new RenameProduct(f.sku("sku"), f.name("name"));
                case Commands.CHANGE_REORDER_POINT -> new ChangeReorderPoint(f.sku("sku"),
                        f.units("reorderPoint", true));
                case Commands.ASSIGN_BARCODE -> new AssignBarcode(f.sku("sku"),
                        f.note("barcode", true));
                case Commands.UNASSIGN_BARCODE -> new UnassignBarcode(f.sku("sku"),
                        f.note("barcode", true));
                case Commands.RECEIVE -> new ReceiveStock(f.sku("sku"),
                        f.location("location"), f.quantity("quantity"), f.note("reference", false));
                case Commands.MOVE -> new MoveStock(f.sku("sku"), f.location("from"),
                        f.location("to"), f.quantity("quantity"));
                case Commands.PICK -> new PickStock(f.sku("sku"), f.location("location"),
                        f.quantity("quantity"), f.note("reference", false));
                case Commands.ADJUST -> new AdjustStock(f.sku("sku"),
                        f.location("location"), f.units("countedQuantity", true),
                        f.note("reason", true));
                case Commands.PLACE_ORDER -> new PlaceOrder(f.orderId("orderId"),
                        f.note("customer", false), f.lines("lines"));
                case Commands.CANCEL_ORDER -> new CancelOrder(f.orderId("orderId"),
                        f.note("reason", false));
                case Commands.CONFIRM_PICK -> new ConfirmPick(f.orderId("orderId"), f.sku("sku"),
                        f.location("location"), f.quantity("quantity"));
                case Commands.SHIP_ORDER -> new ShipOrder(f.orderId("orderId"));
                case Commands.DEFINE_LOCATION -> new DefineLocation(f.location("location"),
                        f.optionalName("name"), f.optionalName("zone"), f.capacity("capacity"));
                case Commands.CHANGE_LOCATION -> new ChangeLocation(f.location("location"),
                        f.optionalName("name"), f.optionalName("zone"), f.capacity("capacity"));
                case Commands.RETIRE_LOCATION -> new RetireLocation(f.location("location"));
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

    /**
     * The body's fields in the order written. A body that is one flat object (every command) is
     * read token by token, and only an unusual value (an object, an array, a fraction, a huge
     * number) goes through the tree model; anything that is not an object at all is read whole
     * the old way, so every message about a broken body is the one Jackson gives.
     */
    private Map<String, JsonNode> fieldsOf(byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        try (JsonParser parser = json.getFactory().createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return notAnObject(bytes);
            }
            var fields = new LinkedHashMap<String, JsonNode>();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                fields.put(name, value(parser, parser.nextToken()));
            }
            if (parser.nextToken() != null) {
                throw CommandProblem.invalid("the body holds more than one JSON value", List.of());
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw CommandProblem.invalid("the body is not valid JSON: " + messageOf(e), List.of());
        } catch (IOException e) {
            throw CommandProblem.invalid("the body could not be read", List.of());
        }
    }

    /** The value at the parser's current token, as the tree model would have made it. */
    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return TextNode.valueOf(parser.getText());
        } else if (token == JsonToken.VALUE_NULL) {
            return NullNode.getInstance();
        } else if (token == JsonToken.VALUE_NUMBER_INT
                && parser.getNumberType() == JsonParser.NumberType.INT) {
            return IntNode.valueOf(parser.getIntValue());
        } else if (token == JsonToken.VALUE_NUMBER_INT
                && parser.getNumberType() == JsonParser.NumberType.LONG) {
            return LongNode.valueOf(parser.getLongValue());
        }
        return json.readTree(parser);
    }

    /** Reads a body that does not start an object whole, for the one message that fits it. */
    private Map<String, JsonNode> notAnObject(byte[] body) throws IOException {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonNode node = json.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw CommandProblem.invalid("the body holds more than one JSON value", List.of());
            }
        }
        throw CommandProblem.invalid("the body must be a JSON object", List.of());
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
        // A field with an empty name has only its message to say (no leading blank).
        return (first.field().isEmpty() ? "" : first.field() + " ") + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
