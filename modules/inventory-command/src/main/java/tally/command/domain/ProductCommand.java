package tally.command.domain;

/**
 * What an operator asks of one product, in the imperative. Each record checks the bounds of
 * docs/api.md when it is made, so a {@link Product} only ever sees values it may record.
 */
public sealed interface ProductCommand {

    /** The SKU of the product the command is for. */
    String sku();

    record RegisterProduct(String sku, String name, int reorderPoint) implements ProductCommand {
        public RegisterProduct {
            name = name == null ? null : name.strip();
            Rules.check(Rules.sku("sku", sku), Rules.name("name", name),
                    Rules.units("reorderPoint", reorderPoint));
        }
    }

    record ReceiveStock(String sku, String location, int quantity, String reference)
            implements ProductCommand {
        public ReceiveStock {
            Rules.check(Rules.sku("sku", sku), Rules.location("location", location),
                    Rules.quantity("quantity", quantity), Rules.text("reference", reference, false));
        }
    }

    record MoveStock(String sku, String from, String to, int quantity) implements ProductCommand {
        public MoveStock {
            Rules.check(Rules.sku("sku", sku), Rules.location("from", from),
                    Rules.location("to", to), Rules.quantity("quantity", quantity));
        }
    }

    record PickStock(String sku, String location, int quantity, String reference)
            implements ProductCommand {
        public PickStock {
            Rules.check(Rules.sku("sku", sku), Rules.location("location", location),
                    Rules.quantity("quantity", quantity), Rules.text("reference", reference, false));
        }
    }

    /** A count: the stock at a location is found to be {@code countedQuantity}. */
    record AdjustStock(String sku, String location, int countedQuantity, String reason)
            implements ProductCommand {
        public AdjustStock {
            Rules.check(Rules.sku("sku", sku), Rules.location("location", location),
                    Rules.units("countedQuantity", countedQuantity),
                    Rules.text("reason", reason, true));
        }
    }
}
