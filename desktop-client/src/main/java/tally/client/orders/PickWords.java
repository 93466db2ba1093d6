package tally.client.orders;

import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.PickItem;
import tally.client.orders.PickViewModel.Step;

/** What the pick screen says to the picker: the next move, and why there is nothing to pick. */
final class PickWords {
    private PickWords() {
    }

    static String prompt(Step step, PickItem item, OrderDetail order, long scanned) {
        return switch (step) {
            case ORDER -> "Scan the order to pick.";
            case LOCATION -> "Go to " + item.location() + " and scan the location.";
            case SKU -> "At " + item.location() + ": scan " + item.sku() + ".";
            case QUANTITY -> "Take " + item.quantity() + " of " + item.sku()
                    + ": enter the quantity, or scan each unit"
                    + (scanned > 0 ? " (" + scanned + " so far)." : ".");
            case COUNT -> "Count " + item.sku() + " at " + item.location()
                    + ": how many units are there in all?";
            case SHIP -> "Every line of " + order.orderId() + " is picked. Press Enter to ship"
                    + " it.";
        };
    }

    static String loaded(OrderDetail order, int items) {
        return order.orderId() + ": " + items + " item" + (items == 1 ? "" : "s")
                + " to pick, " + order.units() + " units ordered.";
    }

    static String readyToShip(String orderId) {
        return orderId + " is picked in full: it is ready to ship (a supervisor ships it).";
    }

    static String nothingToPick(OrderDetail o) {
        String id = o.orderId();
        return switch (o.status()) {
            case "PLACED" -> id + " waits for the allocation: nothing is reserved for it yet.";
            case "SHIPPED" -> id + " has shipped: nothing to pick.";
            case "CANCELLED" -> id + " is cancelled: nothing to pick.";
            default -> "Nothing to pick for " + id + " now: " + o.backordered()
                    + " units are backordered and wait for stock.";
        };
    }

    static String shortPick(PickItem item, long q) {
        return "Only " + q + " of " + item.quantity() + "? Count what is at " + item.location()
                + " before you pick: the allocation then reserves the rest elsewhere or"
                + " backorders it.";
    }
}
