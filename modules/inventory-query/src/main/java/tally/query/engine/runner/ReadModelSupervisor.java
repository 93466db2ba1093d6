package tally.query.engine.runner;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.EventStore;
import tally.eventstore.FollowerControls;
import tally.eventstore.LogFollower;
import tally.query.QueryException;
import tally.query.engine.ChangeFeed;
import tally.query.engine.Projection;
import tally.query.engine.Transactor;
import tally.query.engine.status.ProjectionStatus;
import tally.query.engine.status.StatusBoard;
import tally.query.engine.waits.PositionWaiters;
import tally.query.engine.waits.ReadModelWaiters;

/**
 * Every read model (each {@link Projection} bean), each on its own runner thread, started with
 * the server. It hands each commit to the waiting queries and to the live feed, and carries out
 * the trainer's controls: on the read models, and on every other {@link LogFollower} bean (the
 * allocation), which runs itself and is only listed and steered from here.
 */
@Context
public final class ReadModelSupervisor implements ReadModelWaiters {
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelSupervisor.class);
    /**
     * The log's tail kept for the runners: enough for their spread while live (a few batches);
     * one further behind reads pages from the log, as when catching up. Not more: each event
     * kept lives past young collections, and 20,000 of them (1.3 s of commands at 15,000/s) were
     * copied and promoted: 6-13 % of the warm commands/s (docs/benchmarks.md, "Young pauses").
     */
    private static final int RECENT_EVENTS = 2_048;
    /** More rows than this in one commit are sent as a reset: a healthy client must not drown. */
    static final int MAX_ROWS_PER_COMMIT = 500;

    private final EventStore store;
    private final Transactor tx;
    private final ChangeFeed live;
    private final Map<String, ProjectionRunner> runners = new LinkedHashMap<>();
    private final Map<String, LogFollower> followers = new LinkedHashMap<>();
    private final Map<String, PositionWaiters> waiters = new ConcurrentHashMap<>();
    private final StatusBoard statuses;
    private final ExecutorService readAhead = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("log-read-ahead").factory());

    ReadModelSupervisor(EventStore store, Transactor tx, ChangeFeed live,
                        List<Projection> projections, List<LogFollower> others) {
        this.store = store;
        this.tx = tx;
        this.live = live;
        if (ViewsCleanStop.takeMark(tx, projections)) {
            LOG.warn("the views database was not closed cleanly: every read model is folded"
                    + " again from the log");
        }
        this.statuses = new StatusBoard(store, live, followers.values());
        long reached = 0;
        var log = new LogReader(store, RECENT_EVENTS, readAhead);
        var announcer = new CommitAnnouncer();
        for (Projection p : projections) {
            var runner = new ProjectionRunner(p, log, tx, announcer);
            runners.put(p.name(), runner);
            followers.put(p.name(), runner);
            waiters.put(p.name(), new PositionWaiters(runner.position()));
            reached = Math.max(reached, runner.position());
        }
        for (LogFollower other : others) {
            if (followers.putIfAbsent(other.name(), other) != null) {
                throw new IllegalStateException("two followers of the log named " + other.name());
            }
        }
        live.startAt(reached);
    }

    @PostConstruct
    void start() {
        for (ProjectionRunner runner : runners.values()) {
            store.doorbell().register(runner);
        }
        // Guava would only log a subscriber's exception; here it fails the read model visibly.
        store.doorbell().onSubscriberFailure(f -> {
            if (f.subscriber() instanceof ProjectionRunner runner) {
                runner.fail(null, f.error());
            }
        });
        statuses.start();
        runners.values().forEach(ProjectionRunner::start);
    }

    @PreDestroy
    void stop() {
        statuses.stop();
        readAhead.shutdownNow();
        for (ProjectionRunner runner : runners.values()) {
            store.doorbell().unregister(runner);
            runner.stop();
        }
        if (!runners.values().stream().allMatch(ProjectionRunner::stopped)) {
            LOG.warn("a read model did not stop: the next start folds every one again");
            return;
        }
        try {
            ViewsCleanStop.putMark(tx);
        } catch (RuntimeException e) {
            LOG.warn("could not record the clean stop: the next start folds every read model"
                    + " again", e);
        }
    }

    /**
     * Completes once read model {@code name} has applied the log up to {@code position}, with
     * the position it reached; or with -1 after {@code timeoutMillis}.
     */
    public CompletableFuture<Long> whenReached(String name, long position, long timeoutMillis) {
        return waitersOf(name).await(position, timeoutMillis);
    }

    @Override
    public PositionWaiters waitersOf(String name) {
        return waiters.get(runner(name).name());
    }

    /** Every follower's status: the read models, then the other followers (the allocation). */
    public List<ProjectionStatus> statuses() {
        var all = new ArrayList<ProjectionStatus>(followers.size());
        followers.values().forEach(r -> all.add(statuses.status(r)));
        return all;
    }

    /**
     * Each follower's state by name, in the order of {@link #statuses}: no lag, so nothing is
     * read (a lagging follower's status reads the log's next event): for the health checks.
     */
    public Map<String, String> states() {
        var all = new LinkedHashMap<String, String>(followers.size() * 2);
        followers.values().forEach(r -> all.put(r.name(), r.controls().state().name()));
        return all;
    }

    /** The statuses last published, without reading anything: for a new live client. */
    public List<ProjectionStatus> lastPublished() {
        return statuses.lastPublished();
    }

    /** Once answered, the read model applies nothing more until resumed. */
    public ProjectionStatus pause(String name) {
        LogFollower runner = follower(name);
        runner.controls().pause();
        runner.awaitStep();
        return changed(runner);
    }

    /** Runs on, also after a failure: from the checkpoint, that is from the failing event. */
    public ProjectionStatus resume(String name) {
        return ask(name, FollowerControls::resume);
    }

    /** Empties the read model and replays the log into it, while queries keep answering. */
    public ProjectionStatus rebuild(String name) {
        return ask(name, FollowerControls::rebuild);
    }

    /**
     * A rebuild applying at most {@code eventsPerSecond} events a second, for a trainer to watch.
     * Only a read model paces itself: the allocation rebuilds at full speed, so asking it to go
     * slower is refused rather than quietly ignored.
     */
    public ProjectionStatus rebuild(String name, long eventsPerSecond) {
        if (!runners.containsKey(follower(name).name())) {
            throw new QueryException.Unprocessable("full-speed-only", "eventsPerSecond",
                    "is for read models only: " + name + " rebuilds at full speed (leave the"
                    + " field out)");
        }
        return ask(name, controls -> controls.rebuild(eventsPerSecond));
    }

    /** The read model's next event makes it fail, to show FAILED without bad data. */
    public ProjectionStatus breakNextEvent(String name) {
        LogFollower runner = follower(name);
        runner.controls().armBreak();
        runner.wake();
        return statuses.status(runner);
    }

    /** Applies each event only once it is {@code millis} old. */
    public ProjectionStatus delay(String name, long millis) {
        return ask(name, controls -> controls.delay(millis));
    }

    /** Throws {@link QueryException.NotFound} unless there is a follower {@code name}. */
    public void requireReadModel(String name) {
        follower(name);
    }

    /** Hands a trainer's request to the runner, which acts on it in its own thread. */
    private ProjectionStatus ask(String name, Consumer<FollowerControls> request) {
        LogFollower runner = follower(name);
        request.accept(runner.controls());
        // read before waking: a rebuild of a small log can end before the answer is written,
        // and the trainer should see that it was taken (REBUILDING), not a RUNNING as if ignored
        ProjectionStatus taken = changed(runner);
        runner.wake();
        return taken;
    }

    private ProjectionStatus changed(LogFollower runner) {
        statuses.publish(runner);
        return statuses.status(runner);
    }

    private ProjectionRunner runner(String name) {
        ProjectionRunner runner = runners.get(name);
        if (runner == null) {
            throw new QueryException.NotFound("no read model named " + name
                    + "; there are " + String.join(", ", runners.keySet()));
        }
        return runner;
    }

    private LogFollower follower(String name) {
        LogFollower follower = followers.get(name);
        if (follower == null) {
            throw new QueryException.NotFound("no read model or follower of the log named "
                    + name + "; there are " + String.join(", ", followers.keySet()));
        }
        return follower;
    }

    /** What a runner's commit means to the rest of the server, told after the commit. */
    private final class CommitAnnouncer implements ProjectionRunner.Listener {
        @Override
        public void committed(ProjectionRunner runner, long position,
                              List<Projection.Change> changes) {
            waiters.get(runner.name()).advance(position);
            if (changes.size() > MAX_ROWS_PER_COMMIT) {
                live.reset(runner.name() + " changed " + changes.size() + " rows at once");
            } else {
                live.publish(position, changes);
            }
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
            statuses.publish(runner);
        }
    }
}
