package tally.query.engine.status;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreException;
import tally.eventstore.FollowerControls;
import tally.eventstore.LogFollower;
import tally.query.engine.ChangeFeed;

/**
 * The followers' statuses (read models and the allocation) on the live feed: when one has moved
 * since its last status went out (at most 4 a second each), each second while any lags, and at
 * once when a runner's state changes. Moves are found by looking, not by being told, so a
 * follower of another module (the allocation) is published like a read model without knowing the
 * feed. The last published are kept to greet a new client without reading anything.
 */
public final class StatusBoard {
    private static final long EVERY_MILLIS = 250;

    private final EventStore store;
    private final KnownHead head;
    private final ChangeFeed live;
    private final Collection<LogFollower> runners;
    private final Map<String, ProjectionStatus> lastPublished = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("projection-status").factory());
    private long ticks;

    /** @param runners the supervisor's followers, in its order, read as they stand */
    public StatusBoard(EventStore store, ChangeFeed live, Collection<LogFollower> runners) {
        this.store = store;
        this.head = new KnownHead(store);
        this.live = live;
        this.runners = runners;
    }

    public void start() {
        head.start();
        runners.forEach(r -> lastPublished.put(r.name(), status(r)));
        ticker.scheduleWithFixedDelay(this::tick, EVERY_MILLIS, EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    public void stop() {
        ticker.shutdownNow();
        head.stop();
    }

    public void publish(LogFollower runner) {
        ProjectionStatus status = status(runner);
        lastPublished.put(runner.name(), status);
        live.publish(0, List.of(status.asChange()));
    }

    public List<ProjectionStatus> lastPublished() {
        return runners.stream().map(r -> lastPublished.get(r.name())).toList();
    }

    public ProjectionStatus status(LogFollower r) {
        long position = r.position();
        long head = this.head.atLeast(position);
        long lag = Math.max(0, head - position);
        long lagMillis = 0;
        if (lag > 0) {
            try {
                List<StoredEvent> next = store.readAll(position, 1);
                if (!next.isEmpty()) {
                    lagMillis = Math.max(0, Instant.now().toEpochMilli()
                            - next.get(0).occurredAt().toEpochMilli());
                }
            } catch (EventStoreException e) { // the log out of reach: the lag in events stands
                ProjectionStatus last = lastPublished.get(r.name());
                lagMillis = last == null ? 0 : last.lagMillis();
            }
        }
        FollowerControls c = r.controls();
        return new ProjectionStatus(r.name(), position, head, lag, lagMillis, c.state().name(),
                c.delayMillis(), c.lastError(), c.rebuildEventsPerSecond());
    }

    private void tick() {
        try {
            boolean everySecond = ++ticks % (1000 / EVERY_MILLIS) == 0;
            long known = head.get();
            boolean lagging = runners.stream().anyMatch(r -> r.position() < known);
            for (LogFollower r : runners) {
                if (moved(r) || (everySecond && lagging)) {
                    publish(r);
                }
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(StatusBoard.class).warn("status tick failed", e);
        }
    }

    private boolean moved(LogFollower r) {
        ProjectionStatus last = lastPublished.get(r.name());
        return last == null || last.position() != r.position()
                || !last.state().equals(r.controls().state().name());
    }
}
