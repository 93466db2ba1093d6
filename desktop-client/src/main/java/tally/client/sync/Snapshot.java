package tally.client.sync;

import java.util.List;
import tally.client.api.Answers.ActivityList;
import tally.client.api.Answers.EventLog;
import tally.client.api.Answers.LocationList;
import tally.client.api.Answers.Projection;
import tally.client.api.Answers.StockList;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;

/** What the console queries on every (re)connection, before it follows the stream. */
public record Snapshot(StockList stock, LocationList locations, ActivityList activity,
                       List<Projection> projections, EventLog log) {
    static final int ACTIVITY_LIMIT = 100;
    static final int LOG_TAIL = 40;

    static Snapshot fetch(TallyApi api) {
        StockList stock = api.stock();
        LocationList locations = api.locations();
        ActivityList activity = api.activity(ACTIVITY_LIMIT);
        List<Projection> projections = projectionsOf(api);
        long head = projections.stream().mapToLong(Projection::headPosition).max().orElse(0);
        head = Math.max(head, Math.max(stock.position(),
                Math.max(locations.position(), activity.position())));
        EventLog log = api.events(Math.max(0, head - LOG_TAIL), LOG_TAIL);
        return new Snapshot(stock, locations, activity, projections, log);
    }

    /** The trainer's controls are an extra: a server without them still serves operators. */
    private static List<Projection> projectionsOf(TallyApi api) {
        try {
            return api.projections();
        } catch (ProblemException e) {
            return List.of();
        }
    }

    /** Where the stream must resume so that no read model misses a change after its query. */
    public long streamFrom() {
        return Math.min(stock.position(), Math.min(locations.position(), activity.position()));
    }

    public long head() {
        long head = Math.max(log.headPosition(), Math.max(stock.position(),
                Math.max(locations.position(), activity.position())));
        for (Projection p : projections) {
            head = Math.max(head, p.headPosition());
        }
        return head;
    }
}
