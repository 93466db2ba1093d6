package tally.client.sync;

import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/**
 * What a screen hears from the {@link Connection}, always on the UI thread and in order: a
 * snapshot after every (re)connection, then the stream's messages from that snapshot on.
 */
public interface LiveListener {

    default void resynced(Snapshot snapshot) {
    }

    default void stock(long id, StockDetail stock) {
    }

    default void location(long id, LocationContents contents) {
    }

    default void activity(long id, ActivityItem item) {
    }

    default void projection(long id, ProjectionStatus projection) {
    }
}
