package tally.client.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * The client's own copy of the JSON shapes of docs/api.md: the answers of its queries and commands
 * and the data of its stream messages, as records. The console shares no code with the server,
 * so these are written from the contract, not imported. Unknown fields are ignored when
 * reading, so a server that extends the contract does not break an older client, and a missing
 * list reads as empty rather than as a null for every screen to trip over.
 */
public final class WireShapes {
    private WireShapes() {
    }

    public record CommandResult(String commandId, String stream, long version, long position) {
    }

    /** {@code reserved}: held for orders; {@code available} = onHand - reserved. */
    public record StockLine(String sku, String name, long onHand, long reserved, long available,
                            long reorderPoint, boolean belowReorderPoint, long version) {
    }

    public record StockList(long position, List<StockLine> items) {
        public StockList {
            items = items == null ? List.of() : items;
        }
    }

    /** {@code reserved}: of {@code quantity}, what is held there for orders. */
    public record LocationQuantity(String location, long quantity, long reserved) {
    }

    /** One event of {@code GET /api/stock/{sku}/history}, with the figures after it. */
    public record HistoryItem(long position, String type, String occurredAt, String user,
                              String summary, List<LocationQuantity> locations) {
        public HistoryItem {
            locations = locations == null ? List.of() : locations;
        }
    }

    /** {@code earlier}: how many older events the server's limit left out. */
    public record ProductHistory(long position, String sku, int earlier,
                                 List<HistoryItem> items) {
    }

    /** {@code GET /api/stock/{sku}}, and the data of a {@code stock} stream message. */
    public record StockDetail(long position, String sku, String name, long onHand,
                              long reserved, long available, long reorderPoint,
                              boolean belowReorderPoint, long version,
                              List<LocationQuantity> locations) {
        public StockDetail {
            locations = locations == null ? List.of() : locations;
        }

        public StockLine line() {
            return new StockLine(sku, name, onHand, reserved, available, reorderPoint,
                    belowReorderPoint, version);
        }
    }

    public record LocationLine(String location, long skus, long units) {
    }

    public record LocationList(long position, List<LocationLine> items) {
        public LocationList {
            items = items == null ? List.of() : items;
        }
    }

    /** One bin of the register ({@code GET /api/bins}); name, zone and capacity may be null. */
    public record BinLine(String location, String name, String zone, Integer capacity,
                          boolean retired, long version) {
    }

    public record BinList(long position, List<BinLine> items) {
        public BinList {
            items = items == null ? List.of() : items;
        }
    }

    public record SkuQuantity(String sku, long quantity) {
    }

    /** {@code GET /api/barcodes/{code}}: the SKU a GTIN stands for, the GTIN as 14 digits. */
    public record Barcode(String barcode, String sku, String name, long position) {
    }

    /** {@code GET /api/locations/{location}}, and the data of a {@code location} message. */
    public record LocationContents(long position, String location, List<SkuQuantity> items) {
        public LocationContents {
            items = items == null ? List.of() : items;
        }

        public LocationLine line() {
            return new LocationLine(location, items.size(),
                    items.stream().mapToLong(SkuQuantity::quantity).sum());
        }
    }

    /** {@code user}: who did it; null for what was stored before the server recorded users. */
    public record ActivityItem(long position, String stream, String type, String occurredAt,
                               String user, String summary) {
    }

    public record ActivityList(long position, List<ActivityItem> items) {
        public ActivityList {
            items = items == null ? List.of() : items;
        }
    }

    /** One event of the raw log: {@code data} is its JSON as text, {@code user} as above. */
    public record LogEvent(long position, String stream, long version, String type,
                           String occurredAt, String commandId, String user, String data) {
    }

    public record EventLog(long headPosition, List<LogEvent> items) {
        public EventLog {
            items = items == null ? List.of() : items;
        }
    }

    /**
     * One line of an order: what was ordered and where those units stand. The list of orders
     * may give a line as {@code {sku, quantity}}: quantity reads as ordered.
     */
    public record OrderLine(String sku, @JsonAlias("quantity") long ordered, long reserved,
                            long picked, long backordered) {
    }

    /** {@code GET /api/orders/{orderId}} and the data of an {@code order} message. */
    public record OrderDetail(long position, String orderId, String customer, String status,
                              long version, String placedAt, List<OrderLine> lines) {
        public OrderDetail {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public long units() {
            return lines.stream().mapToLong(OrderLine::ordered).sum();
        }

        public long picked() {
            return lines.stream().mapToLong(OrderLine::picked).sum();
        }

        public long backordered() {
            return lines.stream().mapToLong(OrderLine::backordered).sum();
        }
    }

    /**
     * An item of {@code GET /api/orders}: {@code lines} is how many lines the order has; the
     * lines themselves come with the order ({@code GET /api/orders/{orderId}} or its message).
     */
    public record OrderSummary(String orderId, String customer, String status, int lines,
                               String placedAt) {
        /** A row of the orders list until the order itself is heard: no lines yet. */
        public OrderDetail asRow() {
            return new OrderDetail(0, orderId, customer, status, 0, placedAt, List.of());
        }
    }

    /** {@code GET /api/orders}: newest first. */
    public record OrderList(long position, List<OrderSummary> items) {
        public OrderList {
            items = items == null ? List.of() : items;
        }
    }

    public record PickItem(String sku, String location, long quantity) {
    }

    /** {@code GET /api/orders/{orderId}/pick-list}: reserved, unpicked units in walk order. */
    public record PickList(long position, String orderId, List<PickItem> items) {
        public PickList {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * One read model as {@code GET /api/projections} and {@code projection} messages give it;
     * {@code rebuildEventsPerSecond} is null unless a throttled rebuild runs (or an older server).
     */
    public record ProjectionStatus(String name, long position, long headPosition, long lag,
                                   long lagMillis, String state, long delayMillis,
                                   String lastError, Long rebuildEventsPerSecond) {
        /** A status without a throttled rebuild. */
        public ProjectionStatus(String name, long position, long headPosition, long lag,
                                long lagMillis, String state, long delayMillis, String lastError) {
            this(name, position, headPosition, lag, lagMillis, state, delayMillis, lastError,
                    null);
        }
    }

    /**
     * {@code POST /api/sessions}: who signed in, with which roles, until when. The token goes
     * on every later call and is left out of {@link #toString()}, so that no log shows it.
     */
    public record Session(String token, String username, String displayName, List<String> roles,
                          String expiresAt) {
        public Session {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "Session[" + username + " " + roles + " until " + expiresAt + "]";
        }
    }

    /** One user as {@code /api/users} answers it. */
    public record UserAccount(String username, String displayName, List<String> roles,
                              boolean enabled) {
        public UserAccount {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public record UserList(List<UserAccount> items) {
        public UserList {
            items = items == null ? List.of() : items;
        }
    }

    /** The body of {@code POST /api/users}; the password is not shown by {@link #toString()}. */
    public record NewUser(String username, String password, List<String> roles,
                          String displayName) {
        @Override
        public String toString() {
            return "NewUser[" + username + " " + roles + "]";
        }
    }

    /** The body of {@code PUT /api/users/{username}}: what is null stays as it is. */
    public record UserChange(String displayName, List<String> roles, Boolean enabled) {
    }

    /** What is wrong with one row of an import file: its line (null: the whole file), field. */
    public record ImportRowError(Long line, String field, String message) {
    }

    /** One row of an import file: {@code action} is new, unchanged or bad. */
    public record ImportRow(long line, String key, String action, String commandId,
                            List<ImportRowError> errors) {
        public ImportRow {
            errors = errors == null ? List.of() : errors;
        }
    }

    /** {@code POST /api/import/products}: the preview, or what was stored. */
    public record ImportReport(boolean dryRun, boolean ready, boolean stored, int newRows,
                               int unchangedRows, int badRows, long position,
                               List<ImportRow> rows) {
        public ImportReport {
            rows = rows == null ? List.of() : rows;
        }
    }
}
