package tally.query.orders;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One line of an order in figures. For an open order the allocation has answered,
 * {@code reserved + picked + backordered = ordered}.
 */
@Serdeable
record LineFigures(String sku, long ordered, long reserved, long picked, long backordered) {

    static LineFigures placed(String sku, long ordered) {
        return new LineFigures(sku, ordered, 0, 0, 0);
    }

    /** One decision of the allocation: {@code reserved} more, {@code backordered} left. */
    LineFigures allocated(long reservedNow, long backorderedAfter) {
        return new LineFigures(sku, ordered, reserved + reservedNow, picked, backorderedAfter);
    }

    /** Reserved units freed (cancelled) or cut (a count found fewer). */
    LineFigures unreserved(long quantity) {
        return new LineFigures(sku, ordered, reserved - quantity, picked, backordered);
    }

    LineFigures afterPick(long quantity) {
        return new LineFigures(sku, ordered, reserved - quantity, picked + quantity, backordered);
    }
}
