package tally.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a follower of the log (a read model, the allocation) that a failure is the log out of
 * reach rather than a fault of its own: on a PostgreSQL log, the database restarting or the
 * network to it dropping. Such a step is simply tried again on the next tick, which succeeds once
 * the database is back (the store opens new connections), instead of leaving the follower FAILED
 * until a trainer resumes it: found by restarting PostgreSQL under a running node, after which
 * every read model stayed FAILED at the position before the restart while commands went on.
 * Warns once per outage, not on every tick, and says when the log is back.
 */
public final class LogOutage {
    private static final Logger LOG = LoggerFactory.getLogger(LogOutage.class);

    private final String follower;
    private volatile boolean out;

    public LogOutage(String follower) {
        this.follower = follower;
    }

    /** Whether {@code error} is the log out of reach (then warned of, once per outage). */
    public boolean lost(Throwable error) {
        if (!outOfReach(error)) {
            return false;
        }
        if (!out) {
            out = true;
            LOG.warn("{}: the event log is out of reach ({}); trying again each tick", follower,
                    error.getMessage());
        }
        return true;
    }

    /** A step read the log: an outage, if there was one, is over. */
    public void reached() {
        if (out) {
            out = false;
            LOG.info("{}: the event log is back; following it again", follower);
        }
    }

    /** A failure to read or write the log itself, anywhere in the chain of causes. */
    static boolean outOfReach(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EventStoreException && !(t instanceof DiskFull)) {
                return true;
            }
        }
        return false;
    }
}
