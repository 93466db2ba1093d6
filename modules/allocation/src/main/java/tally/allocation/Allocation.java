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
import tally.eventstore.LogOutage;
import tally.eventstore.WakeSignal;

/**
 * The allocation, a process manager: it follows the log like a read model (from its checkpoint,
 * woken by the doorbell and a one-second tick, on its own thread) but acts on what it reads,
 * sending commands to products and orders ({@link Reactions}). It decides each order against what
 * the orders before it left, in log order, but without waiting for each order's answers before
 * sending the next one's commands: new orders are pipelined ({@link Placements}), since the one
 * writer decides their reservations in the order they were sent; anything that reads what
 * earlier orders were given (a receipt filling backorders, a cancel, a cut) waits for them first.
 * Its {@link #position} is where its state is exact (before the oldest order in flight); that
 * state is saved with that position as checkpoint, together, every {@link #SAVE_MILLIS} at
 * most, and at once when it has caught up with an order changed (not a file write per doorbell
 * under receipts alone; {@link AllocationDatabase}). A crash replays from the checkpoint: the
 * same ids, answered from the record: nothing repeated.
 *
 * <p>On a log several nodes share, one node sends the commands and the others stand by, taking
 * its answers from the log under the same ids, until one takes over ({@link AllocatorRole}).
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
    /** At most this many new orders in flight; then it waits for them before reading on. */
    static final int MAX_IN_FLIGHT = 1000;
    /** How often the state is saved while events keep coming (a crash replays at most this). */
    static final long SAVE_MILLIS = 100;
    private static final long SAVE_NANOS = SAVE_MILLIS * 1_000_000;

    private final EventStore store;
    private final AllocationDatabase db;
    private final AllocationState state = new AllocationState();
    private final Reactions reactions;
    private final FollowerControls controls = new FollowerControls();
    private final LogOutage outage = new LogOutage(NAME);
    private final ReentrantLock stepping = new ReentrantLock();
    private final WakeSignal bell = new WakeSignal();
    private final AllocatorRole role;
    private final Thread thread;
    private volatile boolean stopping;
    /** Where the state is exact: every decision up to here is in it. */
    private volatile long position;
    /** The last event reacted to; new orders up to here may still be in flight. */
    private long reactedTo;
    private long saved;
    private long savedAt = System.nanoTime();
    private long rebuildTarget;

    Allocation(EventStore store, AllocationDatabase db, AllocationPort port) {
        this.store = store;
        this.db = db;
        this.role = new AllocatorRole(store, port, controls);
        this.reactions = new Reactions(role.port(), state);
        this.saved = db.load(state);
        this.position = saved;
        this.reactedTo = saved;
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
        role.start();
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
        bell.ring();
    }

    @Override
    public void awaitStep() {
        stepping.lock();
        stepping.unlock();
    }

    /** Stops once what it sent is answered and saved, then closes its database. */
    @Override
    public void close() {
        stopping = true;
        store.doorbell().unregister(this);
        role.stopWaiting();
        wake();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        role.close();
        db.close();
    }

    /** Commands this node's allocation sent to the write side (none while it stood by). */
    public long commandsSent() {
        return role.commandsSent();
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
        stepping.lock();
        try {
            settleAndSave(); // what is in flight lands, so a restart replays none of it
        } catch (RuntimeException e) {
            reactions.abandon();
        } finally {
            stepping.unlock();
        }
    }

    /**
     * One pass: takes in the answers that came, reads the log after the last event reacted to (up
     * to {@link #READ_BATCH}) and reacts in order, new orders pipelined ({@link Placements}) and
     * never waited for here; saves as the class says. Answers how long to idle.
     */
    private long step() {
        if (controls.takeRebuild()) {
            startRebuild();
        }
        StoredEvent current = null;
        try {
            if (!controls.applying()) {
                settleAndSave(); // paused or failed: nothing left half done
                return TICK_MILLIS;
            }
            reactions.settleAnswered();
            List<StoredEvent> read = store.headPosition() > reactedTo
                    ? store.readAll(reactedTo, READ_BATCH) : List.of();
            long idle = read.isEmpty() ? TICK_MILLIS : 0;
            for (StoredEvent event : read) {
                if (stopping || !controls.applying()) {
                    idle = TICK_MILLIS;
                    break;
                }
                long wait = event.occurredAt().toEpochMilli() + controls.delayMillis()
                        - Instant.now().toEpochMilli();
                if (wait > 0) {
                    idle = wait; // held back for a demonstration: not yet old enough
                    break;
                }
                if (controls.takeBreak()) {
                    settleAndSave();
                    fail(event, new IllegalStateException("broken on purpose by a trainer"));
                    return TICK_MILLIS;
                }
                current = event;
                reactions.react(event);
                reactedTo = event.position();
                if (reactions.inFlight() >= MAX_IN_FLIGHT) {
                    reactions.settle();
                }
            }
            current = null;
            outage.reached();
            reactions.settleAnswered();
            position = reactions.settledThrough(reactedTo);
            boolean caughtUp = read.isEmpty() && reactions.settled();
            long sinceSave = System.nanoTime() - savedAt;
            if (saved < position && (sinceSave > SAVE_NANOS || caughtUp && state.hasChanges())) {
                save();
            } else if (saved < position && caughtUp) { // only the checkpoint moved: once due
                idle = Math.min(idle, (SAVE_NANOS - sinceSave) / 1_000_000 + 1);
            }
            if (controls.rebuilding() && position >= rebuildTarget) {
                controls.rebuilt();
            }
            if (!reactions.settled() && idle > 0) {
                reactions.whenAnswered(this::wake); // idle only until the next answer
            }
            return idle;
        } catch (RuntimeException e) {
            failed(e instanceof Reactions.Failed f ? f.event() : current, e);
            return TICK_MILLIS;
        }
    }

    private void settleAndSave() {
        reactions.settle();
        position = reactedTo;
        if (saved < position) {
            save();
        }
    }

    private void save() {
        db.save(state, position);
        saved = position;
        savedAt = System.nanoTime();
    }

    /** A reaction failed: what is in flight lands, the decisions not yet saved are forgotten
     *  (back to the state last saved); their commands are in the log, the retry gets answers. */
    private void failed(StoredEvent event, RuntimeException e) {
        reactions.abandon();
        saved = db.load(state);
        position = saved;
        reactedTo = saved;
        if (!stopping && !RolePort.waitedTooLong(e)
                && !outage.lost(e)) { // the log out of reach: tried again next tick
            fail(event, e instanceof Reactions.Failed f ? f.getCause() : e);
        }
    }

    private void startRebuild() {
        reactions.abandon();
        rebuildTarget = store.headPosition();
        db.clear();
        state.clear();
        position = 0;
        reactedTo = 0;
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
        if (!bell.await(millis)) {
            stopping = true;
        }
    }
}
