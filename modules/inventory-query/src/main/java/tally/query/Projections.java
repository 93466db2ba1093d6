package tally.query;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.query.Answers.ProjectionStatus;

/**
 * The three read models of API.md, each on its own runner thread, started with the server. It
 * hands each commit to the waiting queries and to the live stream, and answers for the trainer.
 */
@Context
public class Projections implements ProjectionRunner.Listener {
    private static final long STATUS_EVERY_MILLIS = 250;
    private static final int RECENT_EVENTS = 20_000;

    private final EventStore store;
    private final LiveStream live;
    private final Map<String, ProjectionRunner> runners = new LinkedHashMap<>();
    private final Map<String, PositionWaiters> waiters = new ConcurrentHashMap<>();
    private final Map<String, Boolean> statusDue = new ConcurrentHashMap<>();
    private final Map<String, ProjectionStatus> lastPublished = new ConcurrentHashMap<>();
    private final LogWatch logWatch;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "projection-status"));
    private final ExecutorService readAhead = Executors.newFixedThreadPool(2,
            r -> daemon(r, "log-read-ahead"));
    private long ticks;

    @Inject
    Projections(EventStore store, Transactor tx, LiveStream live) {
        this(store, tx, live, List.of(new StockProjection(), new LocationsProjection(),
                new ActivityProjection()));
    }

    Projections(EventStore store, Transactor tx, LiveStream live, List<Projection> projections) {
        this.store = store;
        this.live = live;
        this.logWatch = new LogWatch(store.headPosition());
        long reached = 0;
        var log = new LogReader(store, RECENT_EVENTS, readAhead);
        for (Projection p : projections) {
            var runner = new ProjectionRunner(p, log, tx, this);
            runners.put(p.name(), runner);
            waiters.put(p.name(), new PositionWaiters(runner.position()));
            reached = Math.max(reached, runner.position());
        }
        live.startAt(reached);
    }

    @PostConstruct
    void start() {
        store.doorbell().register(logWatch);
        for (ProjectionRunner runner : runners.values()) {
            store.doorbell().register(runner);
        }
        // Guava would only log a subscriber's exception; here it fails the read model visibly.
        store.doorbell().onSubscriberFailure(f -> {
            if (f.subscriber() instanceof ProjectionRunner runner) {
                runner.fail(null, f.error());
            }
        });
        runners.values().forEach(r -> lastPublished.put(r.name(), status(r)));
        runners.values().forEach(ProjectionRunner::start);
        ticker.scheduleWithFixedDelay(this::tick, STATUS_EVERY_MILLIS, STATUS_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        readAhead.shutdownNow();
        for (ProjectionRunner runner : runners.values()) {
            store.doorbell().unregister(runner);
            runner.stop();
        }
        store.doorbell().unregister(logWatch);
    }

    /**
     * Completes once read model {@code name} has applied the log up to {@code position}, with
     * the position it reached; or with -1 after {@code timeoutMillis}.
     */
    public CompletableFuture<Long> whenReached(String name, long position, long timeoutMillis) {
        return waiters.get(runner(name).name()).await(position, timeoutMillis);
    }

    CompletableFuture<Long> whenLogReached(long position, long timeoutMillis) {
        return logWatch.waiters.await(position, timeoutMillis);
    }

    List<ProjectionStatus> statuses() {
        var all = new ArrayList<ProjectionStatus>(runners.size());
        runners.values().forEach(r -> all.add(status(r)));
        return all;
    }

    ProjectionRunner runner(String name) {
        ProjectionRunner runner = runners.get(name);
        if (runner == null) {
            throw new QueryException.NotFound("no read model named " + name
                    + "; there are " + String.join(", ", runners.keySet()));
        }
        return runner;
    }

    ProjectionStatus status(ProjectionRunner r) {
        long head = store.headPosition();
        long position = r.position();
        long lag = Math.max(0, head - position);
        long lagMillis = 0;
        if (lag > 0) {
            List<StoredEvent> next = store.readAll(position, 1);
            if (!next.isEmpty()) {
                lagMillis = Math.max(0, Instant.now().toEpochMilli()
                        - next.get(0).occurredAt().toEpochMilli());
            }
        }
        Controls c = r.controls();
        return new ProjectionStatus(r.name(), position, head, lag, lagMillis, c.state().name(),
                c.delayMillis(), c.lastError());
    }

    @Override
    public void committed(ProjectionRunner runner, long position, List<Projection.Change> changes) {
        waiters.get(runner.name()).advance(position);
        if (changes.size() > LiveStream.MAX_ROWS_PER_COMMIT) {
            live.reset(runner.name() + " changed " + changes.size() + " rows at once");
        } else {
            live.publish(position, changes);
        }
        statusDue.put(runner.name(), Boolean.TRUE);
    }

    @Override
    public void reset(ProjectionRunner runner) {
        live.reset(runner.name() + " caught up after a rebuild or a backlog; query afresh");
    }

    @Override
    public boolean listening() {
        return live.wanted();
    }

    @Override
    public void stateChanged(ProjectionRunner runner) {
        publishStatus(runner);
    }

    /** Status messages: after commits (at most 4 a second each), and each second while lagging. */
    private void tick() {
        try {
            boolean everySecond = ++ticks % (1000 / STATUS_EVERY_MILLIS) == 0;
            long head = store.headPosition();
            boolean lagging = runners.values().stream().anyMatch(r -> r.position() < head);
            for (ProjectionRunner r : runners.values()) {
                if (statusDue.remove(r.name()) != null || (everySecond && lagging)) {
                    publishStatus(r);
                }
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Projections.class).warn("status tick failed", e);
        }
    }

    private void publishStatus(ProjectionRunner r) {
        ProjectionStatus status = status(r);
        lastPublished.put(r.name(), status);
        live.publish(0, List.of(new Projection.Change("projection", status)));
    }

    /** The statuses last published, without reading anything: for a new live client. */
    List<ProjectionStatus> lastPublished() {
        return runners.keySet().stream().map(lastPublished::get).toList();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
