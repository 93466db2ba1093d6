package tally.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the query answers of API.md, "Queries" and "Live read models". Empty lists and
 * null fields are written out: a client reads {@code items: []}, not a missing key.
 */
final class Answers {
    private Answers() {
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

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocationList(long position, List<LocationLine> items) {
    }

    @Serdeable
    @Introspected
    record LocationLine(String location, int skus, long units) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocationView(long position, String location, List<SkuQuantity> items) {
    }

    @Serdeable
    record SkuQuantity(String sku, long quantity) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActivityList(long position, List<ActivityItem> items) {
    }

    @Serdeable
    record ActivityItem(long position, String stream, String type, String occurredAt,
                        String summary) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventList(long headPosition, List<EventItem> items) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventItem(long position, String stream, long version, String type, String occurredAt,
                     String commandId, Map<String, Object> data) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProjectionStatus(String name, long position, long headPosition, long lag,
                            long lagMillis, String state, long delayMillis, String lastError) {
    }
}
