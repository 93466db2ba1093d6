package tally.query.stock;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Optional;
import tally.query.engine.keyed.CommittedRows;
import tally.query.engine.keyed.JsonOfLast;
import tally.query.stock.StockAnswers.StockItem;
import tally.query.stock.StockAnswers.StockLine;
import tally.query.stock.StockAnswers.StockList;

/**
 * The {@code stock} read model's answers from the rows its projection holds in memory, as of
 * the position they were committed at: the same answers {@link StockQueries} reads from the
 * database at that position (StockFromMemoryTest compares them), without a transaction. Each
 * answer is empty when memory cannot give it (rows not held, or not at {@code minPosition}
 * yet). A list is built once per position, and its JSON written once: every caller at that
 * position shares them.
 */
@Singleton
final class StockFromMemory {
    private final CommittedRows<ProductState> rows;
    private volatile StockList lastAll;
    private volatile StockList lastBelow;
    private final JsonOfLast<StockList> allJson;
    private final JsonOfLast<StockList> belowJson;
    private final JsonOfLast<StockList> databaseJson;

    StockFromMemory(StockProjection projection, JsonMapper json) {
        this.rows = projection.committedRows();
        this.allJson = new JsonOfLast<>(json, StockList.class);
        this.belowJson = new JsonOfLast<>(json, StockList.class);
        this.databaseJson = new JsonOfLast<>(json, StockList.class);
    }

    /** {@link #stock} as the JSON the server answers, the same bytes for one position. */
    Optional<byte[]> stockJson(boolean onlyBelowReorderPoint, long minPosition) {
        return stock(onlyBelowReorderPoint, minPosition).map(list ->
                (onlyBelowReorderPoint ? belowJson : allJson).of(list));
    }

    /** A list read from the database, as JSON (a new list each time: written each time). */
    byte[] json(StockList fromDatabase) {
        return databaseJson.of(fromDatabase);
    }

    /** Present when memory answers: the product, or empty when there is none such. */
    Optional<Optional<StockItem>> stockItem(String sku, long minPosition) {
        return rows.read(minPosition, (position, all) -> {
            ProductState p = all.get(sku);
            return Optional.ofNullable(p == null ? null : p.asItem(position));
        });
    }

    Optional<StockList> stock(boolean onlyBelowReorderPoint, long minPosition) {
        Optional<StockList> answer = rows.read(minPosition, (position, all) -> {
            StockList last = onlyBelowReorderPoint ? lastBelow : lastAll;
            if (last != null && last.position() == position) {
                return last; // the rows at a position are always the same: the log's up to it
            }
            var items = new ArrayList<StockLine>(all.size());
            for (ProductState p : all.values()) {
                long onHand = p.onHand();
                long reserved = p.reserved();
                boolean below = onHand < p.reorderPoint;
                if (below || !onlyBelowReorderPoint) {
                    items.add(new StockLine(p.sku, p.name, onHand, reserved, onHand - reserved,
                            p.reorderPoint, below, p.version));
                }
            }
            return new StockList(position, items);
        });
        // Kept only once read whole: an attempt that saw a batch land midway is thrown away.
        answer.ifPresent(list -> {
            if (onlyBelowReorderPoint) {
                lastBelow = list;
            } else {
                lastAll = list;
            }
        });
        return answer;
    }
}
