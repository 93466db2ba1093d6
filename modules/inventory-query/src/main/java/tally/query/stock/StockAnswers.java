package tally.query.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shapes of the {@code stock} read model's answers (docs/api.md, "Queries") and live messages.
 * Empty lists and null fields are written out: a client reads {@code items: []}, not a missing
 * key.
 */
public final class StockAnswers {
    private StockAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProductList(long position, List<ProductItem> items) {
    }

    @Serdeable
    @Introspected
    public record ProductItem(String sku, String name, int reorderPoint) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StockList(long position, List<StockLine> items) {
    }

    @Serdeable
    @Introspected
    record StockLine(String sku, String name, long onHand, long reserved, long available,
                     int reorderPoint, boolean belowReorderPoint, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StockItem(long position, String sku, String name, long onHand, long reserved,
                     long available, int reorderPoint, boolean belowReorderPoint, long version,
                     List<LocationQuantity> locations) {
    }

    @Serdeable
    public record LocationQuantity(String location, long quantity, long reserved) {

        /** A product's locations by name, each with what is reserved there. */
        static List<LocationQuantity> of(Map<String, Long> quantities,
                                         Map<String, Long> reservations) {
            var where = new TreeMap<String, Long>(quantities);
            // Reserved units lie where they are, so a location with some holds some; kept all
            // the same should a count ever be read between its cut and the reservation's.
            reservations.keySet().forEach(location -> where.putIfAbsent(location, 0L));
            return where.entrySet().stream().map(e -> new LocationQuantity(e.getKey(),
                    e.getValue(), reservations.getOrDefault(e.getKey(), 0L))).toList();
        }
    }
}
