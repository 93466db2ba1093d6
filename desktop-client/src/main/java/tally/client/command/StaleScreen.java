package tally.client.command;

import javafx.beans.property.StringProperty;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.api.WireShapes.StockDetail;
import tally.client.ui.UiExecutor;

/**
 * A 409 version conflict, told as "changed since you looked", with the figures as they now
 * stand; those become what the operator looks at, so that a second submit is deliberate.
 */
final class StaleScreen {
    private final TallyApi api;
    private final UiExecutor ui;
    private final LookedAt lookedAt;
    private final StringProperty skuError;
    private final StringProperty message;

    StaleScreen(TallyApi api, UiExecutor ui, LookedAt lookedAt, StringProperty skuError,
                StringProperty message) {
        this.api = api;
        this.ui = ui;
        this.lookedAt = lookedAt;
        this.skuError = skuError;
        this.message = message;
    }

    void explain(String sku, Long expected) {
        String seen = expected == null ? "" : " (you saw version " + expected + ")";
        skuError.set(sku + " changed since you looked" + seen + ".");
        message.set("Not done: " + sku + " changed since you looked" + seen
                + ". Loading the new figures …");
        ui.call(() -> api.stock(sku, 0, 0), fresh -> {
            lookedAt.set(fresh.line());
            String text = sku + " changed since you looked" + seen + ": it is now "
                    + figuresOf(fresh) + ". Check, then submit again.";
            if (expected != null && fresh.version() <= expected) {
                text = sku + " changed since you looked" + seen + ", and the stock view has"
                        + " not caught up yet (it still shows version " + fresh.version()
                        + "). Wait for it, then submit again.";
            }
            skuError.set(text);
            message.set("Not done: " + text);
        }, e -> message.set("Not done: " + sku + " changed since you looked" + seen
                + ", and its new figures could not be loaded: " + e.getMessage()));
    }

    static String figuresOf(StockDetail d) {
        var where = new StringBuilder();
        for (LocationQuantity l : d.locations()) {
            where.append(where.length() == 0 ? " (" : ", ")
                    .append(l.location()).append(": ").append(l.quantity());
        }
        if (where.length() > 0) {
            where.append(')');
        }
        return "version " + d.version() + ", " + d.onHand() + " on hand" + where;
    }
}
