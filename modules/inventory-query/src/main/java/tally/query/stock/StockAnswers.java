package tally.query.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shapes of the {@code stock} read model's answers (docs/api.md, "Queries") and live messages.
 * Empty lists and null fields are written out: a client reads {@code items: []}, not a missing
 * key.
 */
final class StockAnswers {
    private StockAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductList(long position, List<ProductItem> items) {
    }

    @Serdeable
    @Introspected
    record ProductItem(String sku, String name, int reorderPoint) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StockList(long position, List<StockLine> items) {
    }

    @Serdeable
    @Introspected
    record StockLine(String sku, String name, long onHand, int reorderPoint,
                     boolean belowReorderPoint, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StockItem(long position, String sku, String name, long onHand, int reorderPoint,
                     boolean belowReorderPoint, long version, List<LocationQuantity> locations) {
    }

    @Serdeable
    record LocationQuantity(String location, long quantity) {
    }
}
