package tally.client.api;

import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/**
 * The kinds of {@code GET /api/stream} message the console understands; {@code id} is the
 * message's position. Sealed, so that a switch over them names every kind and the compiler
 * says where a new one is not handled; a kind the server adds that is not here is skipped.
 */
public sealed interface StreamMessage {

    long id();

    /** A read model changed: what the screens are told. */
    sealed interface ReadModelChange extends StreamMessage {
    }

    /** {@code event: stock}. */
    record StockChanged(long id, StockDetail stock) implements ReadModelChange {
    }

    /** {@code event: location}. */
    record LocationChanged(long id, LocationContents contents) implements ReadModelChange {
    }

    /** {@code event: activity}. */
    record ActivityAdded(long id, ActivityItem item) implements ReadModelChange {
    }

    /** {@code event: order}: an order as {@code GET /api/orders/{orderId}} answers it. */
    record OrderChanged(long id, OrderDetail order) implements ReadModelChange {
    }

    /** {@code event: projection}: a read model's position, state or delay changed. */
    record ProjectionChanged(long id, ProjectionStatus status) implements ReadModelChange {
    }

    /** {@code event: reset}: the server could not resume from the Last-Event-ID given. */
    record Reset(long id) implements StreamMessage {
    }
}
