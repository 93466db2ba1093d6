package tally.client.command;

import static tally.client.command.Field.BARCODE;
import static tally.client.command.Field.COUNTED_QUANTITY;
import static tally.client.command.Field.FROM;
import static tally.client.command.Field.LOCATION;
import static tally.client.command.Field.NAME;
import static tally.client.command.Field.QUANTITY;
import static tally.client.command.Field.REASON;
import static tally.client.command.Field.REFERENCE;
import static tally.client.command.Field.REORDER_POINT;
import static tally.client.command.Field.SKU;
import static tally.client.command.Field.TO;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands an operator issues, their fields in the order they are scanned (and Tab
 * goes), and which may stay empty. Where a bin and a SKU are both asked the bin comes first:
 * a picker walks to a location, scans it, then scans what is there.
 */
public enum CommandKind {
    REGISTER("register-product", "_Register", "register", List.of(SKU, NAME, REORDER_POINT),
            Set.of(REORDER_POINT)),
    RECEIVE("receive-stock", "Re_ceive", "receive", List.of(LOCATION, SKU, QUANTITY, REFERENCE),
            Set.of(REFERENCE)),
    MOVE("move-stock", "_Move", "move", List.of(FROM, SKU, TO, QUANTITY), Set.of()),
    PICK("pick-stock", "_Pick", "pick", List.of(LOCATION, SKU, QUANTITY, REFERENCE),
            Set.of(REFERENCE)),
    COUNT("adjust-stock", "C_ount", "count", List.of(LOCATION, SKU, COUNTED_QUANTITY, REASON),
            Set.of()),
    /** A barcode (GTIN) made an alias of a SKU: the barcode scanned first, then the SKU. */
    ASSIGN("assign-barcode", "Barcode", "barcode", List.of(BARCODE, SKU), Set.of());

    private final String command;
    private final String label;
    private final String id;
    private final List<Field> fields;
    private final Set<Field> optional;

    CommandKind(String command, String label, String id, List<Field> fields, Set<Field> optional) {
        this.command = command;
        this.label = label;
        this.id = id;
        this.fields = fields;
        this.optional = optional;
    }

    /** The {name} of {@code POST /api/commands/{name}}. */
    public String command() {
        return command;
    }

    public String label() {
        return label;
    }

    /** The suffix of its toggle's control id, e.g. {@code kind-receive}. */
    public String id() {
        return id;
    }

    public List<Field> fields() {
        return fields;
    }

    boolean optional(Field field) {
        return optional.contains(field);
    }

    /**
     * Whether it works on a product's stock: then it sends the version looked at and its
     * answer's version is the product's. Registering and giving a barcode do not.
     */
    boolean onStock() {
        return this != REGISTER && this != ASSIGN;
    }

    /** The field after this one; empty when it is the last or not this command's. */
    java.util.Optional<Field> after(Field field) {
        int i = fields.indexOf(field);
        return i < 0 || i + 1 >= fields.size() ? java.util.Optional.empty()
                : java.util.Optional.of(fields.get(i + 1));
    }

    /** The field naming the bin stock goes to, for the ones that put stock somewhere. */
    java.util.Optional<Field> destination() {
        return switch (this) {
            case RECEIVE -> java.util.Optional.of(LOCATION);
            case MOVE -> java.util.Optional.of(TO);
            case REGISTER, PICK, COUNT, ASSIGN -> java.util.Optional.empty();
        };
    }

    /** The locations whose contents the command changes. */
    List<String> locationsIn(Map<String, Object> body) {
        return fields.stream().filter(f -> f == LOCATION || f == FROM || f == TO)
                .map(f -> (String) body.get(f.json())).toList();
    }

    /** A sentence for the operator, e.g. "Received 10 of SKU-1 at A-01". */
    String done(Map<String, Object> b) {
        return switch (this) {
            case REGISTER -> "Registered " + b.get("sku") + " (" + b.get("name") + ")";
            case RECEIVE -> "Received " + b.get("quantity") + " of " + b.get("sku") + " at "
                    + b.get("location");
            case MOVE -> "Moved " + b.get("quantity") + " of " + b.get("sku") + " from "
                    + b.get("from") + " to " + b.get("to");
            case PICK -> "Picked " + b.get("quantity") + " of " + b.get("sku") + " at "
                    + b.get("location");
            case COUNT -> "Counted " + b.get("countedQuantity") + " of " + b.get("sku") + " at "
                    + b.get("location");
            case ASSIGN -> "Barcode " + b.get("barcode") + " now stands for " + b.get("sku");
        };
    }
}
