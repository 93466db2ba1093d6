package tally.client.command;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockLine;

/**
 * The product figures the operator had in front of them when they chose the product: their
 * version is what the command expects. Live changes after that are shown, not adopted. Where
 * the figures per location at that same version are known (a live message or a fresh query at
 * it), they are kept, so that a stale screen can say which location changed.
 */
final class LookedAt {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private StockLine seen;
    private StockLine now;
    private StockDetail seenDetail;

    StockLine seen() {
        return seen;
    }

    /** The per-location figures at the version looked at, or null when not known. */
    StockDetail seenDetail() {
        return seenDetail;
    }

    StringProperty text() {
        return text;
    }

    void set(StockLine looked) {
        seen = looked;
        now = looked;
        seenDetail = null;
        render();
    }

    /** Per-location figures of a product: kept when they are the version looked at. */
    void seenAs(StockDetail detail) {
        if (seen != null && detail != null && seen.sku().equals(detail.sku())
                && seen.version() == detail.version()) {
            seenDetail = detail;
        }
    }

    void live(StockLine latest) {
        if (seen != null && seen.sku().equals(latest.sku())
                && (now == null || latest.version() >= now.version())) {
            now = latest;
            render();
        }
    }

    /** The version to send as {@code expectedVersion}, or null when not looking at this SKU. */
    Long versionFor(String sku) {
        return seen != null && seen.sku().equals(sku) ? seen.version() : null;
    }

    private void render() {
        if (seen == null) {
            text.set("");
            return;
        }
        String said = "You are looking at " + seen.sku() + " (" + seen.name() + "): "
                + seen.onHand() + " on hand, version " + seen.version() + ".";
        if (now != null && now.version() != seen.version()) {
            said += " It has changed since: now " + now.onHand() + " on hand, version "
                    + now.version() + ".";
        }
        text.set(said);
    }
}
