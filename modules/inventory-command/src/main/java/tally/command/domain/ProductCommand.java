package tally.command.domain;

import tally.events.StoredEvent;

/**
 * What an operator asks of one product, in the imperative. Each record checks the bounds of
 * docs/api.md when it is made, so a {@link Product} only ever sees values it may record.
 */
public sealed interface ProductCommand extends Command {

    /** The SKU of the product the command is for. */
    String sku();

    @Override
    default String stream() {
        return StoredEvent.streamOf(sku());
    }

    record RegisterProduct(String sku, String name, int reorderPoint) implements ProductCommand {
        public RegisterProduct {
            name = name == null ? null : name.strip();
            Rules.check(Rules.sku("sku", sku), Rules.name("name", name),
                    Rules.units("reorderPoint", reorderPoint));
        }
    }

    /** Product care: the product is called {@code name} from now on. */
    record RenameProduct(String sku, String name) implements ProductCommand {
        public RenameProduct {
            name = name == null ? null : name.strip();
            Rules.check(Rules.sku("sku", sku), Rules.name("name", name));
        }
    }

    /** Product care: the product runs low below {@code reorderPoint} from now on. */
    record ChangeReorderPoint(String sku, int reorderPoint) implements ProductCommand {
        public ChangeReorderPoint {
            Rules.check(Rules.sku("sku", sku), Rules.units("reorderPoint", reorderPoint));
        }
    }

    /**
     * {@code barcode} becomes an alias of the product. Any text up to 200 characters makes the
     * command; whether it is a GTIN is judged when it is decided (a 422 naming the field, as the
     * contract of docs/api.md, "Barcodes", has it), spaces around it left out.
     */
    record AssignBarcode(String sku, String barcode) implements ProductCommand {
        public AssignBarcode {
            barcode = Rules.trimmed(barcode);
            Rules.check(Rules.sku("sku", sku), Rules.text("barcode", barcode, true));
        }
    }

    /** {@code barcode} is no longer an alias of the product. */
    record UnassignBarcode(String sku, String barcode) implements ProductCommand {
        public UnassignBarcode {
            barcode = Rules.trimmed(barcode);
            Rules.check(Rules.sku("sku", sku), Rules.text("barcode", barcode, true));
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

    /**
     * The allocation asks the product to set up to {@code quantity} units aside for an order;
     * the product chooses where (ascending location: the walk order) and takes what is free,
     * possibly nothing: it is never refused for lack of stock.
     *
     * @param orderSequence the log position of the order's OrderPlaced (its age, for a count)
     */
    record ReserveStock(String orderId, String sku, int quantity, long orderSequence)
            implements ProductCommand {
        public ReserveStock {
            Rules.check(Rules.orderId("orderId", orderId), Rules.sku("sku", sku),
                    Rules.quantity("quantity", quantity),
                    Rules.range("orderSequence", orderSequence, 1, Long.MAX_VALUE));
        }
    }

    /** The allocation sets free every unit the order holds reserved on this product. */
    record ReleaseReservations(String orderId, String sku) implements ProductCommand {
        public ReleaseReservations {
            Rules.check(Rules.orderId("orderId", orderId), Rules.sku("sku", sku));
        }
    }

    /** An operator took units reserved for an order from their location: picked for it. */
    record ConfirmPick(String orderId, String sku, String location, int quantity)
            implements ProductCommand {
        public ConfirmPick {
            Rules.check(Rules.orderId("orderId", orderId), Rules.sku("sku", sku),
                    Rules.location("location", location), Rules.quantity("quantity", quantity));
        }
    }
}
