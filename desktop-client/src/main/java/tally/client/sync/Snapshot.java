package tally.client.sync;

import java.util.List;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.ActivityList;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.LocationList;
import tally.client.api.WireShapes.OrderList;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockList;

/** What the console queries on every (re)connection, before it follows the stream. */
public record Snapshot(StockList stock, LocationList locations, ActivityList activity,
                       List<ProjectionStatus> projections, EventLog log, OrderList orders) {
    static final int ACTIVITY_LIMIT = 100;
    static final int LOG_TAIL = 40;

    static Snapshot fetch(TallyApi api) {
        StockList stock = api.stock();
        LocationList locations = api.locations();
        ActivityList activity = api.activity(ACTIVITY_LIMIT);
        List<ProjectionStatus> projections = projectionsOf(api);
        long head = projections.stream().mapToLong(ProjectionStatus::headPosition).max().orElse(0);
        head = Math.max(head, Math.max(stock.position(),
                Math.max(locations.position(), activity.position())));
        EventLog log = api.events(Math.max(0, head - LOG_TAIL), LOG_TAIL);
        return new Snapshot(stock, locations, activity, projections, log, ordersOf(api, stock));
    }

    /**
     * A server from before orders answers 404: no orders, as of the stock's position, so that
     * where the stream resumes does not go back to the start of the log for them.
     */
    private static OrderList ordersOf(TallyApi api, StockList stock) {
        try {
            return api.orders(null);
        } catch (ProblemException e) {
            if (e.problem().status() != 404) {
                throw e;
            }
            return new OrderList(stock.position(), List.of());
        }
    }

    /** The trainer's controls are an extra: a server without them still serves operators. */
    private static List<ProjectionStatus> projectionsOf(TallyApi api) {
        try {
            return api.projections();
        } catch (ProblemException e) {
            return List.of();
        }
    }

    /** Where the stream must resume so that no read model misses a change after its query. */
    public long streamFrom() {
        return Math.min(Math.min(stock.position(), orders.position()),
                Math.min(locations.position(), activity.position()));
    }

    public long head() {
        long head = Math.max(log.headPosition(), Math.max(stock.position(),
                Math.max(locations.position(), Math.max(activity.position(),
                        orders.position()))));
        for (ProjectionStatus p : projections) {
            head = Math.max(head, p.headPosition());
        }
        return head;
    }
}
