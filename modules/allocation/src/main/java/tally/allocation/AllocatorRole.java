package tally.allocation;

import com.google.common.eventbus.Subscribe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.EventStore;
import tally.eventstore.EventsCommitted;
import tally.eventstore.FollowerControls;
import tally.eventstore.NodeLease;
import tally.eventstore.WakeSignal;

/**
 * Which node allocates, on a log several nodes share: the one holding the allocation's lease
 * ({@link EventStore#lease}: on PostgreSQL an advisory lock of a session of its own, released by
 * the server when that node stops, dies or loses the database). The others stand by
 * ({@link FollowerControls.State#STANDBY}): their allocation follows the log and takes the
 * allocating node's answers from it ({@link RolePort}), and each tries for the lease every
 * {@link #TICK_MILLIS}, so one of them takes over within about a tick of the lease coming free.
 * On H2 the lease is always held: one node, always allocating.
 *
 * <p>Correctness does not hang on the lease: should two nodes ever both allocate for a moment
 * (one cut off from the database, its commands still in flight), their commands carry the same
 * ids and the write side records each once. The lease only saves the double work.
 */
final class AllocatorRole {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorRole.class);
    static final long TICK_MILLIS = 1000;

    private final EventStore store;
    private final NodeLease lease;
    private final RolePort port;
    private final FollowerControls controls;
    private final Thread thread;
    private final WakeSignal bell = new WakeSignal();
    private volatile boolean stopping;
    private volatile boolean allocating;
    private boolean decided;

    AllocatorRole(EventStore store, AllocationPort writer, FollowerControls controls) {
        this.store = store;
        this.lease = store.lease(Allocation.NAME);
        this.port = new RolePort(writer, new LogAnswers(store));
        this.controls = controls;
        this.thread = new Thread(this::run, "allocation-role");
        thread.setDaemon(true);
    }

    /** The port the allocation's reactions use. */
    AllocationPort port() {
        return port;
    }

    /** Commands this node's allocation sent to the write side. */
    long commandsSent() {
        return port.sent();
    }

    boolean allocating() {
        return allocating;
    }

    /** Tries for the lease once now, so a lone node allocates from its first event. */
    void start() {
        check();
        store.doorbell().register(this);
        thread.start();
    }

    /** A commit may hold answers a standby waits for. */
    @Subscribe
    public void on(EventsCommitted notice) {
        bell.ring();
    }

    /** Fails what still waits for the log's answers, so the allocation's thread can end. */
    void stopWaiting() {
        stopping = true;
        store.doorbell().unregister(this);
        bell.ring();
        port.close();
    }

    /** Gives the lease up, once the allocation's commands in flight are answered. */
    void close() {
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lease.close();
    }

    private void run() {
        long checked = System.nanoTime();
        while (!stopping) {
            if (!bell.await(TICK_MILLIS)) {
                return;
            }
            if (System.nanoTime() - checked >= TICK_MILLIS * 1_000_000) {
                check();
                checked = System.nanoTime();
            }
            port.poll();
        }
    }

    private void check() {
        boolean holds = lease.hold();
        if (holds != allocating || !decided) {
            decided = true;
            allocating = holds;
            controls.standby(!holds);
            port.lead(holds);
            if (store.sharedWithOtherNodes()) { // alone on H2 there is no role to tell of
                LOG.info(holds ? "this node allocates: it holds the allocation's lease"
                        : "the allocation stands by: another node allocates, or the log is out"
                        + " of reach");
            }
        }
    }
}
