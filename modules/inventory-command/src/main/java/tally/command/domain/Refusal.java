package tally.command.domain;

/**
 * The warehouse says no: the command is well formed but breaks a rule of the product as it now
 * stands. Nothing is recorded. Refusals are expected answers, so they carry no stack trace.
 */
public abstract sealed class Refusal extends RuntimeException {

    Refusal(String message) {
        super(message, null, false, false);
    }

    /** The command's field the refusal is about, named in the answer's errors; null for none. */
    public String field() {
        return null;
    }

    /** Receive, move, pick or count for a SKU that was never registered. */
    public static final class UnknownProduct extends Refusal {
        public UnknownProduct(String sku) {
            super("no product " + sku + " is registered");
        }
    }

    public static final class ProductAlreadyRegistered extends Refusal {
        public ProductAlreadyRegistered(String sku) {
            super("product " + sku + " is already registered");
        }
    }

    /** A pick or move of more than lies at the location: no location goes below zero. */
    public static final class InsufficientStock extends Refusal {
        public InsufficientStock(String sku, String location, int wanted, long available) {
            super("only " + available + " of " + sku + " at " + location + ", not " + wanted);
        }
    }

    public static final class SameLocation extends Refusal {
        public SameLocation(String sku, String location) {
            super("cannot move " + sku + " from " + location + " to itself");
        }
    }

    /**
     * A receive or move that would put more than {@link Product#MAX_UNITS_AT_A_LOCATION} at one
     * location; the cap keeps a count's difference within an event's whole number.
     */
    public static final class LocationFull extends Refusal {
        public LocationFull(String sku, String location, long present, int adding) {
            super("adding " + adding + " of " + sku + " to the " + present + " at " + location
                    + " would pass " + Product.MAX_UNITS_AT_A_LOCATION);
        }
    }

    /**
     * A move or plain pick that would take units reserved for orders: only the free units
     * (what lies there less what is reserved there) may go.
     */
    public static final class StockReserved extends Refusal {
        public StockReserved(String sku, String location, long free, long reserved) {
            super("only " + free + " of " + sku + " at " + location + " " + (free == 1 ? "is"
                    : "are") + " free: " + reserved + " " + (reserved == 1 ? "is" : "are")
                    + " reserved for orders");
        }
    }

    /** A pick confirmed for an order that holds fewer reserved units there. */
    public static final class NotReservedForOrder extends Refusal {
        public NotReservedForOrder(String orderId, String sku, String location, long reserved,
                                   int wanted) {
            super("order " + orderId + " holds " + reserved + " reserved " + sku + " at "
                    + location + ", not " + wanted);
        }
    }

    public static final class UnknownOrder extends Refusal {
        public UnknownOrder(String orderId) {
            super("no order " + orderId + " has been placed");
        }
    }

    public static final class OrderAlreadyPlaced extends Refusal {
        public OrderAlreadyPlaced(String orderId) {
            super("order " + orderId + " has already been placed");
        }
    }

    /** Cancel, ship or pick for an order that was cancelled or has shipped. */
    public static final class OrderClosed extends Refusal {
        public OrderClosed(String orderId, String state) {
            super("order " + orderId + " " + state);
        }
    }

    /** Ship before every line is picked in full; names each line short of it. */
    public static final class OrderNotPicked extends Refusal {
        public OrderNotPicked(String orderId, String shortLines) {
            super("order " + orderId + " cannot ship before every line is picked in full: "
                    + shortLines);
        }
    }

    /** Define a bin whose code is in the register already. */
    public static final class LocationAlreadyDefined extends Refusal {
        public LocationAlreadyDefined(String location) {
            super("bin " + location + " is already in the register");
        }
    }

    /** Change or retire a bin the register does not hold (never defined, or retired). */
    public static final class UnknownLocation extends Refusal {
        public UnknownLocation(String location, boolean retired) {
            super("bin " + location + (retired ? " is retired" : " is not in the register"));
        }
    }

    /** Retire a bin that still holds units (reserved ones among them). */
    public static final class LocationNotEmpty extends Refusal {
        public LocationNotEmpty(String location, long units) {
            super("bin " + location + " still holds " + units + (units == 1 ? " unit" : " units")
                    + ": move or count them out before retiring it");
        }
    }

    /**
     * Strict register: stock sent to a bin that is not in it or is retired. Names the bin, and
     * the one the operator probably meant when only the letters' case differs.
     */
    public static final class LocationNotInRegister extends Refusal {
        public LocationNotInRegister(String location, boolean retired, String meant) {
            super("bin " + location + (retired ? " is retired" : " is not in the register")
                    + (meant == null ? "" : "; did you mean " + meant + "?"));
        }
    }

    /** A barcode that is not a GTIN: its length, a non-digit, or its check digit is wrong. */
    public static final class NotAGtin extends Refusal {
        public NotAGtin(String problem) {
            super("barcode " + problem);
        }

        @Override
        public String field() {
            return "barcode";
        }
    }

    /** A barcode that is already the alias of another product: a barcode names one SKU. */
    public static final class BarcodeTaken extends Refusal {
        public BarcodeTaken(String barcode, String owner) {
            super("barcode " + barcode + " is already an alias of " + owner
                    + ": unassign it there first");
        }

        @Override
        public String field() {
            return "barcode";
        }
    }

    /** Unassign a barcode that is not an alias of this product. */
    public static final class NotAnAlias extends Refusal {
        public NotAnAlias(String sku, String barcode) {
            super("barcode " + barcode + " is not an alias of " + sku);
        }

        @Override
        public String field() {
            return "barcode";
        }
    }
}
