package tally.client.api;

import java.util.List;

/**
 * The answers of API.md's queries and commands, as records. Unknown fields are ignored when
 * reading, so a server that extends the contract does not break an older client, and a missing
 * list reads as empty rather than as a null for every screen to trip over.
 */
public final class Answers {
    private Answers() {
    }

    public record CommandResult(String commandId, String stream, long version, long position) {
    }

    public record StockItem(String sku, String name, long onHand, long reorderPoint,
                            boolean belowReorderPoint, long version) {
    }

    public record StockList(long position, List<StockItem> items) {
        public StockList {
            items = items == null ? List.of() : items;
        }
    }

    public record LocationQuantity(String location, long quantity) {
    }

    /** {@code GET /api/stock/{sku}}, and the data of a {@code stock} stream message. */
    public record StockDetail(long position, String sku, String name, long onHand,
                              long reorderPoint, boolean belowReorderPoint, long version,
                              List<LocationQuantity> locations) {
        public StockDetail {
            locations = locations == null ? List.of() : locations;
        }

        public StockItem item() {
            return new StockItem(sku, name, onHand, reorderPoint, belowReorderPoint, version);
        }
    }

    public record LocationSummary(String location, long skus, long units) {
    }

    public record LocationList(long position, List<LocationSummary> items) {
        public LocationList {
            items = items == null ? List.of() : items;
        }
    }

    public record SkuQuantity(String sku, long quantity) {
    }

    /** {@code GET /api/locations/{location}}, and the data of a {@code location} message. */
    public record LocationContents(long position, String location, List<SkuQuantity> items) {
        public LocationContents {
            items = items == null ? List.of() : items;
        }

        public LocationSummary summary() {
            return new LocationSummary(location, items.size(),
                    items.stream().mapToLong(SkuQuantity::quantity).sum());
        }
    }

    public record ActivityItem(long position, String stream, String type, String occurredAt,
                               String summary) {
    }

    public record ActivityList(long position, List<ActivityItem> items) {
        public ActivityList {
            items = items == null ? List.of() : items;
        }
    }

    /** One event of the raw log; {@code data} is the event's JSON as text. */
    public record LogEvent(long position, String stream, long version, String type,
                           String occurredAt, String commandId, String data) {
    }

    public record EventLog(long headPosition, List<LogEvent> items) {
        public EventLog {
            items = items == null ? List.of() : items;
        }
    }

    /** One read model as {@code GET /api/projections} and {@code projection} messages give it. */
    public record Projection(String name, long position, long headPosition, long lag,
                             long lagMillis, String state, long delayMillis, String lastError) {
    }
}
