package tally.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The envelope the log wraps around each event.
 *
 * @param position   global, gapless, increasing place in the log, starting at 1
 * @param stream     the stream the event belongs to, e.g. {@code product-SKU-1}
 * @param version    the stream's version after this event (its first event is version 1)
 * @param type       the event's type name, e.g. {@code StockReceived}
 * @param occurredAt when the event was committed
 * @param commandId  the id of the command that recorded it, or null
 * @param user       who issued that command: a username, {@code system:...} for what Tally did on
 *                   its own, or null for events stored before the log recorded users (and for
 *                   commands issued with nobody signed in)
 * @param event      the event itself
 */
public record StoredEvent(long position, String stream, long version, String type,
                          Instant occurredAt, String commandId, String user,
                          TallyEvent event) {

    public StoredEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
    }

    /** The stream a product's events live in. */
    public static String streamOf(String sku) {
        return "product-" + sku;
    }

    /** The stream an order's events live in. */
    public static String streamOfOrder(String orderId) {
        return "order-" + orderId;
    }

    /** The stream a bin of the register lives in. */
    public static String streamOfLocation(String location) {
        return "location-" + location;
    }
}
