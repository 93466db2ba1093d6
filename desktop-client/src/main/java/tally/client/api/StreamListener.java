package tally.client.api;

import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/** The messages of {@code GET /api/stream}, by kind; {@code id} is the message's position. */
public interface StreamListener {

    void stock(long id, StockDetail stock);

    void location(long id, LocationContents contents);

    void activity(long id, ActivityItem item);

    void projection(long id, ProjectionStatus projection);

    /** The server could not resume from the Last-Event-ID given: query afresh. */
    void reset(long id);

    /** The stream has ended: cause is null when the client closed it itself. */
    void closed(Throwable cause);
}
