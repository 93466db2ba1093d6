package tally.client.command;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.Answers.StockItem;

/**
 * The product figures the operator had in front of them when they chose the product: their
 * version is what the command expects. Live changes after that are shown, not adopted.
 */
final class LookedAt {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private StockItem item;
    private StockItem now;

    StockItem item() {
        return item;
    }

    StringProperty text() {
        return text;
    }

    void set(StockItem looked) {
        item = looked;
        now = looked;
        render();
    }

    void live(StockItem latest) {
        if (item != null && item.sku().equals(latest.sku())
                && (now == null || latest.version() >= now.version())) {
            now = latest;
            render();
        }
    }

    /** The version to send as {@code expectedVersion}, or null when not looking at this SKU. */
    Long versionFor(String sku) {
        return item != null && item.sku().equals(sku) ? item.version() : null;
    }

    private void render() {
        if (item == null) {
            text.set("");
            return;
        }
        String seen = "You are looking at " + item.sku() + " (" + item.name() + "): "
                + item.onHand() + " on hand, version " + item.version() + ".";
        if (now != null && now.version() != item.version()) {
            seen += " It has changed since: now " + now.onHand() + " on hand, version "
                    + now.version() + ".";
        }
        text.set(seen);
    }
}
