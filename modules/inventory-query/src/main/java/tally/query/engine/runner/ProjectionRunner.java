package tally.query.engine.runner;

import com.google.common.eventbus.Subscribe;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.events.StoredEvent;
import tally.eventstore.EventsCommitted;
import tally.eventstore.FollowerControls;
import tally.eventstore.LogFollower;
import tally.eventstore.LogOutage;
import tally.eventstore.WakeSignal;
import tally.query.engine.EventFailed;
import tally.query.engine.Projection;
import tally.query.engine.Transactor;
import tally.query.engine.checkpoints.ReadModelCheckpoints;

/**
 * Runs one projection on its own thread. It wakes on the doorbell, on a one-second tick and at
 * start-up, reads the log after its checkpoint, and applies a batch in one transaction that also
 * moves the checkpoint; only after the commit does it tell the listener (live stream, waiters).
 * A lost doorbell costs a tick; a crash mid-batch loses the whole transaction and nothing else.
 */
final class ProjectionRunner implements LogFollower {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRunner.class);
    static final int MAX_BATCH = 50_000;
    static final long TICK_MILLIS = 1000;
    /**
     * After a live batch, how long a runner lets the next commits gather before it reads again
     * ({@code -Dtally.query.gatherMillis}, 0 to read again at once). Under a steady stream of
     * commands a runner that read again at once applied a few events per transaction, and each
     * transaction writes every key it touched: at 64 connections, a quarter of the server's CPU
     * (docs/benchmarks.md, "Commands over wrk"). A lone commit is applied at once.
     */
    static final long GATHER_MILLIS = Long.getLong("tally.query.gatherMillis", 10);
    /** What {@link #step} answers after a live batch: pause for {@link #GATHER_MILLIS}. */
    private static final long GATHER = -1;

    /** Told after each commit, and when clients should query afresh instead of patching. */
    interface Listener {
        void committed(ProjectionRunner runner, long position, List<Projection.Change> changes);

        void reset(ProjectionRunner runner);

        void stateChanged(ProjectionRunner runner);

        /** Whether anyone would hear of the rows a commit changed. */
        boolean listening();
    }

    private final Projection projection;
    private final LogReader log;
    private final Transactor tx;
    private final Listener listener;
    private final Thread thread;
    private final long tickMillis;
    private final ReentrantLock applying = new ReentrantLock();
    private final WakeSignal signal = new WakeSignal();
    private final FollowerControls controls = new FollowerControls();
    private final LogOutage outage;
    private volatile boolean stopping;
    private volatile long position;
    private long rebuildTarget;
    /** The pace of the rebuild under way; null when it runs at full speed or none runs. */
    private RebuildPace pace;
    private boolean rowsHeldBack;

    ProjectionRunner(Projection projection, LogReader log, Transactor tx, Listener listener) {
        this(projection, log, tx, listener, TICK_MILLIS);
    }

    /** With another tick: a test that must tell the doorbell's wake from the tick's. */
    ProjectionRunner(Projection projection, LogReader log, Transactor tx, Listener listener,
                     long tickMillis) {
        this.tickMillis = tickMillis;
        this.projection = projection;
        this.outage = new LogOutage("read model " + projection.name());
        this.log = log;
        this.tx = tx;
        this.listener = listener;
        this.position = tx.inTransaction(c -> {
            long at = ReadModelCheckpoints.load(c, projection.name());
            projection.opened(c, at);
            return at;
        });
        this.thread = new Thread(this::run, "projection-" + projection.name());
        thread.setDaemon(true);
    }

    @Override
    public String name() {
        return projection.name();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public FollowerControls controls() {
        return controls;
    }

    void start() {
        thread.start();
    }

    void stop() {
        stopping = true;
        wake();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether its thread has ended: it applies nothing more. */
    boolean stopped() {
        return !thread.isAlive();
    }

    /** The doorbell's subscriber: runs on the event store's confirming thread, so it only wakes. */
    @Subscribe
    public void on(EventsCommitted notice) {
        wake();
    }

    @Override
    public void wake() {
        signal.ring();
    }

    /** Blocks until the step under way (if any) has finished: after a pause, nothing applies. */
    @Override
    public void awaitStep() {
        applying.lock();
        applying.unlock();
    }

    private void run() {
        while (!stopping) {
            long idle;
            applying.lock();
            try {
                idle = step();
                outage.reached();
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (!outage.lost(e)) { // a log out of reach is tried again next tick, not FAILED
                    fail(null, e);
                }
                idle = tickMillis;
            } finally {
                applying.unlock();
            }
            if (idle == GATHER) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(GATHER_MILLIS));
            } else if (idle > 0 && !signal.await(idle)) {
                stopping = true;
            }
        }
    }

    /**
     * One pass; answers how long to idle before the next (0: go on at once; {@link #GATHER}:
     * pause briefly whether rung or not).
     */
    private long step() {
        if (controls.takeRebuild()) {
            startRebuild();
        }
        if (!controls.applying()) {
            return tickMillis;
        }
        RebuildPace paced = controls.rebuilding() ? pace : null;
        long early = paced == null || log.headPosition() <= position ? 0
                : paced.millisUntilDue(System.nanoTime());
        if (early > 0) {
            return early; // idled on the wake signal: a pause, a new rebuild or a stop cut it short
        }
        List<StoredEvent> read = log.headPosition() > position
                ? log.readAll(position, paced == null ? MAX_BATCH : paced.batch()) : List.of();
        if (read.isEmpty()) {
            if (controls.rebuilding()) { // the log was empty, or ended where the rebuild began
                controls.rebuilt();
                listener.stateChanged(this);
            }
            caughtUp();
            return tickMillis;
        }
        long delay = controls.delayMillis();
        long dueBefore = Instant.now().toEpochMilli() - delay;
        int due = delay == 0 ? read.size() : 0;
        while (due < read.size() && read.get(due).occurredAt().toEpochMilli() <= dueBefore) {
            due++;
        }
        if (due == 0) { // delayed: idle until the first event has been held back long enough
            return Math.max(1, read.get(0).occurredAt().toEpochMilli() - dueBefore);
        }
        List<StoredEvent> batch = read.subList(0, due);
        if (controls.takeBreak()) {
            StoredEvent first = batch.get(0);
            fail(first, new IllegalStateException("broken on purpose by a trainer"));
            return tickMillis;
        }
        apply(batch, controls.rebuilding() || read.size() == MAX_BATCH);
        if (paced != null) {
            paced.applied(batch.size(), System.nanoTime());
        }
        boolean live = paced == null && !controls.rebuilding() && read.size() < MAX_BATCH;
        return live && GATHER_MILLIS > 0 ? GATHER : 0;
    }

    private void apply(List<StoredEvent> batch, boolean catchingUp) {
        long last = batch.get(batch.size() - 1).position();
        // Catching up (a rebuild, or a backlog after a pause) would flood every live client
        // with rows, and with nobody listening describing them is wasted: hold them back, and
        // once caught up tell clients to query afresh instead.
        boolean describe = !catchingUp && listener.listening();
        List<Projection.Change> changes;
        try {
            changes = inTransaction(c -> {
                List<Projection.Change> applied = projection.apply(c, batch, describe);
                ReadModelCheckpoints.save(c, projection.name(), last);
                return applied;
            });
        } catch (EventFailed f) {
            if (f.index() > 0) {
                apply(batch.subList(0, f.index()), catchingUp);
            }
            fail(f.event(), f.getCause());
            return;
        }
        position = last;
        if (controls.rebuilding() && last >= rebuildTarget) {
            controls.rebuilt();
            listener.stateChanged(this);
        }
        if (!describe) {
            rowsHeldBack = true;
        }
        listener.committed(this, last, changes);
        if (!catchingUp) {
            caughtUp();
        }
    }

    private void caughtUp() {
        if (rowsHeldBack) {
            rowsHeldBack = false;
            listener.reset(this);
        }
    }

    private void startRebuild() {
        rebuildTarget = log.headPosition();
        inTransaction(c -> {
            projection.clear(c);
            ReadModelCheckpoints.save(c, projection.name(), 0);
            return null;
        });
        position = 0;
        rowsHeldBack = true;
        Long perSecond = controls.rebuildEventsPerSecond();
        pace = perSecond == null ? null : new RebuildPace(perSecond, MAX_BATCH, System.nanoTime());
        LOG.info("rebuilding read model {} up to position {}{}", name(), rebuildTarget,
                perSecond == null ? "" : ", " + perSecond + " events a second at most");
        listener.committed(this, 0, List.of());
        listener.stateChanged(this);
    }

    /** A transaction, after which the projection learns whether it committed. */
    private <T> T inTransaction(Transactor.Work<T> work) {
        T result;
        try {
            result = tx.inTransaction(work);
        } catch (RuntimeException e) {
            projection.settled(false);
            throw e;
        }
        projection.settled(true);
        return result;
    }

    void fail(StoredEvent event, Throwable error) {
        String where = event == null ? "" : "position " + event.position() + " ("
                + event.type() + "): ";
        controls.failed(where + EventFailed.messageOf(error));
        LOG.error("read model {} failed at {}", name(), where, error);
        listener.stateChanged(this);
    }
}
