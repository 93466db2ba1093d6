package tally.client.stock;

import tally.client.api.WireShapes.StockLine;
import tally.client.sync.Write;

/** One line of the stock overview; {@code write} is this console's last command on it, if any. */
public record StockOverviewRow(String sku, String name, long onHand, long reserved,
                               long available, long reorderPoint, boolean belowReorderPoint,
                               long version, Write write) {

    static StockOverviewRow of(StockLine item, Write write) {
        return new StockOverviewRow(item.sku(), item.name(), item.onHand(), item.reserved(),
                item.available(), item.reorderPoint(), item.belowReorderPoint(), item.version(),
                write);
    }

    public StockLine line() {
        return new StockLine(sku, name, onHand, reserved, available, reorderPoint,
                belowReorderPoint, version);
    }

    public String stateText() {
        return write == null ? "" : write.describe();
    }

    public boolean pending() {
        return write != null && !write.applied();
    }
}
