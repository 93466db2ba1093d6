package tally.client.command;

import java.util.Optional;

/** A field of the command forms, named as docs/api.md names it in the request body. */
public enum Field {
    SKU("sku", "_SKU", false, 0, 0),
    NAME("name", "_Name", false, 0, 0),
    REORDER_POINT("reorderPoint", "Reor_der point", true, 0, 1_000_000),
    LOCATION("location", "_Location", false, 0, 0),
    FROM("from", "_From", false, 0, 0),
    TO("to", "_To", false, 0, 0),
    QUANTITY("quantity", "_Quantity", true, 1, 1_000_000),
    COUNTED_QUANTITY("countedQuantity", "Counted q_uantity", true, 0, 1_000_000),
    REASON("reason", "Re_ason", false, 0, 0),
    REFERENCE("reference", "R_eference", false, 0, 0),
    /** No key of its own: every letter of its name is taken; it is reached by a scan's offer. */
    BARCODE("barcode", "Barcode", false, 0, 0);

    private final String json;
    private final String label;
    private final boolean whole;
    private final long min;
    private final long max;

    Field(String json, String label, boolean whole, long min, long max) {
        this.json = json;
        this.label = label;
        this.whole = whole;
        this.min = min;
        this.max = max;
    }

    /** The body field's name, and the control's id in the console. */
    public String json() {
        return json;
    }

    /** The label, with its mnemonic marked by an underscore. */
    public String label() {
        return label;
    }

    public String plainLabel() {
        return label.replace("_", "");
    }

    boolean whole() {
        return whole;
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    static Optional<Field> byJson(String name) {
        for (Field f : values()) {
            if (f.json.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
