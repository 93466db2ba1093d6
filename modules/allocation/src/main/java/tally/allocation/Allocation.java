package tally.allocation;

import com.google.common.eventbus.Subscribe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.eventstore.EventsCommitted;
import tally.eventstore.FollowerControls;
import tally.eventstore.LogFollower;

/**
 * The allocation, a process manager: it follows the log like a read model (from its checkpoint,
 * woken by the doorbell and a one-second tick, on its own thread) but acts on what it reads,
 * sending commands to products and orders ({@link Reactions}). It takes one event at a time and
 * waits for its commands' answers before the next, so it decides each order against what the
 * orders before it left, in log order. After each event it acted on it saves its state and
 * checkpoint together ({@link AllocationDatabase}); events that ask nothing of it (its own among
 * them) only move the checkpoint, saved with the next save or at the end of the batch.
 *
 * <p>The trainer steers it like a read model ({@link LogFollower}: pause, resume, delay, break,
 * rebuild). A failing reaction marks it FAILED with the error and puts back the state last saved;
 * resume reacts to that event again, under the same command ids, and goes on.
 */
public final class Allocation implements LogFollower, AutoCloseable {
    /** Its name in {@code /api/projections}. */
    public static final String NAME = "allocation";
    private static final Logger LOG = LoggerFactory.getLogger(Allocation.class);
    static final int READ_BATCH = 500;
    static final long TICK_MILLIS = 1000;

    private final EventStore store;
    private final AllocationDatabase db;
    private final AllocationState state = new AllocationState();
    private final Reactions reactions;
    private final FollowerControls controls = new FollowerControls();
    private final ReentrantLock stepping = new ReentrantLock();
    private final Object bell = new Object();
    private final Thread thread;
    private boolean rung = true;
    private volatile boolean stopping;
    private volatile long position;
    private long saved;
    private long rebuildTarget;

    Allocation(EventStore store, AllocationDatabase db, AllocationPort port) {
        this.store = store;
        this.db = db;
        this.reactions = new Reactions(port, state);
        this.saved = db.load(state);
        this.position = saved;
        this.thread = new Thread(this::run, "allocation");
        thread.setDaemon(true);
    }

    /** Opens its database in {@code dataDir}, and starts following the log. */
    static Allocation start(Path dataDir, EventStore store, AllocationPort port) {
        var allocation = new Allocation(store, new AllocationDatabase(dataDir), port);
        allocation.start();
        return allocation;
    }

    void start() {
        store.doorbell().register(this);
        thread.start();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public FollowerControls controls() {
        return controls;
    }

    /** The doorbell's subscriber: runs on the store's confirming thread, so it only wakes. */
    @Subscribe
    public void on(EventsCommitted notice) {
        wake();
    }

    @Override
    public void wake() {
        synchronized (bell) {
            rung = true;
            bell.notifyAll();
        }
    }

    @Override
    public void awaitStep() {
        stepping.lock();
        stepping.unlock();
    }

    /** Stops after the event under way, then closes its database. */
    @Override
    public void close() {
        stopping = true;
        store.doorbell().unregister(this);
        wake();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }

    /** The open orders as the allocation sees them: for tests. */
    AllocationState state() {
        return state;
    }

    private void run() {
        while (!stopping) {
            long idle;
            stepping.lock();
            try {
                idle = step();
            } catch (RuntimeException e) {
                fail(null, e);
                idle = TICK_MILLIS;
            } finally {
                stepping.unlock();
            }
            if (idle > 0) {
                idle(idle);
            }
        }
    }

    /** One pass over what the log holds after the position; answers how long to idle. */
    private long step() {
        if (controls.takeRebuild()) {
            startRebuild();
        }
        if (!controls.applying()) {
            return TICK_MILLIS;
        }
        List<StoredEvent> read = store.headPosition() > position
                ? store.readAll(position, READ_BATCH) : List.of();
        if (read.isEmpty()) {
            if (controls.rebuilding()) {
                controls.rebuilt();
            }
            return TICK_MILLIS;
        }
        try {
            for (StoredEvent event : read) {
                if (stopping || !controls.applying()) {
                    return TICK_MILLIS;
                }
                long wait = event.occurredAt().toEpochMilli() + controls.delayMillis()
                        - Instant.now().toEpochMilli();
                if (wait > 0) {
                    return wait; // held back for a demonstration: not yet old enough
                }
                if (controls.takeBreak()) {
                    fail(event, new IllegalStateException("broken on purpose by a trainer"));
                    return TICK_MILLIS;
                }
                if (!handle(event)) {
                    return TICK_MILLIS;
                }
            }
            return 0;
        } finally {
            if (saved < position) {
                db.save(state, position);
                saved = position;
            }
        }
    }

    /** Reacts to one event; false when it failed (the state is back to what was saved). */
    private boolean handle(StoredEvent event) {
        try {
            boolean acted = reactions.react(event);
            position = event.position();
            if (acted) {
                db.save(state, position);
                saved = position;
            }
            if (controls.rebuilding() && position >= rebuildTarget) {
                controls.rebuilt();
            }
            return true;
        } catch (RuntimeException e) {
            // Decisions made before the failure live only in memory: forget them. Their commands
            // are in the log under their ids, and the retry gets their answers from there.
            saved = db.load(state);
            position = saved;
            if (!stopping) {
                fail(event, e);
            }
            return false;
        }
    }

    private void startRebuild() {
        rebuildTarget = store.headPosition();
        db.clear();
        state.clear();
        position = 0;
        saved = 0;
        LOG.info("rebuilding the allocation's state from the log, up to position {}",
                rebuildTarget);
    }

    private void fail(StoredEvent event, Throwable error) {
        String where = event == null ? "" : "position " + event.position() + " ("
                + event.type() + "): ";
        String message = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage();
        controls.failed(where + message);
        LOG.error("the allocation failed at {}", where, error);
    }

    private void idle(long millis) {
        synchronized (bell) {
            try {
                if (!rung) {
                    bell.wait(millis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } finally {
                rung = false;
            }
        }
    }
}
