package tally.query.activity;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import tally.events.StoredEvent;
import tally.query.activity.ActivityAnswers.ActivityItem;
import tally.query.engine.EventFailed;
import tally.query.engine.Projection;

/**
 * The {@code activity} read model: the newest events in words. It keeps only the newest
 * {@link #KEPT} entries, since the API serves at most 500; the log itself keeps everything.
 */
@Singleton
@Order(3)
final class ActivityProjection implements Projection {
    static final String NAME = "activity";
    static final int KEPT = 1000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM activity");
        }
    }

    @Override
    public List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
            throws SQLException {
        // Only the newest are kept, so only those are put in words (a rebuild reads millions).
        int from = Math.max(0, events.size() - KEPT);
        var items = new ArrayList<ActivityItem>(events.size() - from);
        for (int i = from; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            try {
                items.add(new ActivityItem(e.position(), e.stream(), e.type(),
                        e.occurredAt().toString(), e.user(), EventSummaries.of(e.event())));
            } catch (RuntimeException failure) {
                throw new EventFailed(i, e, failure);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO activity"
                + " (position, stream, type, occurred_at, user_name, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                ActivityItem item = items.get(i);
                ps.setLong(1, item.position());
                ps.setString(2, item.stream());
                ps.setString(3, item.type());
                ps.setObject(4, events.get(from + i).occurredAt());
                ps.setString(5, item.user());
                ps.setString(6, item.summary());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM activity WHERE position <= ?")) {
            ps.setLong(1, events.get(events.size() - 1).position() - KEPT);
            ps.executeUpdate();
        }
        return describe ? items.stream().map(item -> new Change("activity", item)).toList()
                : List.of();
    }
}
