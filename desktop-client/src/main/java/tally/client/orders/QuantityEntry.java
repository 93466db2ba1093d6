package tally.client.orders;

import tally.client.api.WireShapes.PickItem;

/**
 * What the pick screen's quantity field says: a number typed or scanned, or the item's SKU
 * scanned once per unit (then {@code scanned} counts them). A quantity of 0 without a refusal
 * means: scan on, the units are not all there yet.
 */
record QuantityEntry(long quantity, long scanned, String refusal) {

    static QuantityEntry read(String text, PickItem item, long scanned) {
        if (text.equals(item.sku())) {
            long now = scanned + 1;
            return new QuantityEntry(now < item.quantity() ? 0 : now, now, null);
        }
        long q;
        if (text.isEmpty() && scanned > 0) {
            q = scanned;
        } else {
            try {
                q = Long.parseLong(text);
            } catch (NumberFormatException e) {
                return new QuantityEntry(0, scanned, "Enter the number of units, or scan "
                        + item.sku() + " once per unit.");
            }
        }
        if (q > item.quantity()) {
            return new QuantityEntry(0, 0, "The list says " + item.quantity()
                    + " here: pick no more than that.");
        }
        if (q < 1) {
            return new QuantityEntry(0, scanned,
                    "Enter 1 or more; if there are none here, count the location (F4).");
        }
        return new QuantityEntry(q, scanned, null);
    }
}
