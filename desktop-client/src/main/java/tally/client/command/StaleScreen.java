package tally.client.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.StringProperty;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockLine;
import tally.client.ui.UiExecutor;

/**
 * A 409 version conflict, told in one line as what changed: "A-01-1 now holds 7 (you saw 10);
 * look again and retry". The new figures become what the operator looks at, so that a second
 * submit is deliberate. The message under the form only points at the field.
 */
final class StaleScreen {
    static final String RETRY = "; look again and retry.";
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

    /** {@code where}: the locations the command named, the one it takes from first. */
    void explain(String sku, Long expected, List<String> where) {
        StockLine seenLine = lookedAt.seen();
        StockDetail seenDetail = lookedAt.seenDetail();
        skuError.set(sku + " changed since you looked; loading what changed …");
        message.set("Not done: " + sku + " changed since you looked.");
        ui.call(() -> api.stock(sku, 0, 0), fresh -> {
            lookedAt.set(fresh.line());
            lookedAt.seenAs(fresh);
            skuError.set(expected != null && fresh.version() <= expected
                    ? sku + " changed since you looked and the stock figures have not caught up"
                    + " yet; wait a moment and retry."
                    : whatChanged(sku, seenLine, seenDetail, fresh, where));
        }, e -> skuError.set(sku + " changed since you looked and its new figures could not be"
                + " loaded; look again and retry."));
    }

    /**
     * The location the command named, if its quantity changed; else the first one that did;
     * else (nothing known per location) the product's total.
     */
    static String whatChanged(String sku, StockLine seenLine, StockDetail seen, StockDetail now,
                              List<String> where) {
        if (seen != null && seen.sku().equals(sku)) {
            Map<String, Long> before = quantities(seen);
            Map<String, Long> after = quantities(now);
            var candidates = new LinkedHashSet<String>(where);
            candidates.addAll(before.keySet());
            candidates.addAll(after.keySet());
            Optional<String> changed = candidates.stream().filter(l -> l != null
                    && !before.getOrDefault(l, 0L).equals(after.getOrDefault(l, 0L))).findFirst();
            if (changed.isPresent()) {
                String l = changed.get();
                return l + " now holds " + after.getOrDefault(l, 0L) + " of " + sku
                        + " (you saw " + before.getOrDefault(l, 0L) + ")" + RETRY;
            }
        }
        if (seenLine != null && seenLine.sku().equals(sku) && seenLine.onHand() != now.onHand()) {
            return sku + " now has " + now.onHand() + " on hand (you saw " + seenLine.onHand()
                    + ")" + RETRY;
        }
        return sku + " changed since you looked (version " + now.version() + " now)" + RETRY;
    }

    private static Map<String, Long> quantities(StockDetail d) {
        var by = new TreeMap<String, Long>();
        for (LocationQuantity l : d.locations()) {
            by.put(l.location(), l.quantity());
        }
        return by;
    }
}
