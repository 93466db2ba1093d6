package tally.client.command;

import java.util.HashMap;
import java.util.Map;
import tally.client.api.WireShapes.StockLine;

/**
 * The versions this console's own answered commands made of each product: newer than a lagging
 * read model may show, and the version the operator then acts on.
 */
final class OwnVersions {
    private final Map<String, Long> versions = new HashMap<>();

    void answered(String sku, long version) {
        versions.merge(sku, version, Math::max);
    }

    /** The line at our own version when that is newer. */
    StockLine over(StockLine line) {
        long own = versions.getOrDefault(line.sku(), 0L);
        return own <= line.version() ? line : new StockLine(line.sku(), line.name(),
                line.onHand(), line.reserved(), line.available(), line.reorderPoint(),
                line.belowReorderPoint(), own);
    }
}
