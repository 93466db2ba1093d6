package tally.users.access;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.users.UserAccounts;

/**
 * Every few seconds, on a store shared by several nodes, takes up the users and sessions as the
 * store has them ({@link UserAccounts#recheck()}): a sign-out, a disabled user or a changed role
 * on another node holds here within one period. A timer rather than LISTEN/NOTIFY: it needs no
 * connection of its own nor notices sent by every writer, it cannot miss a change (a lost notice
 * would leave a signed-out token good until the next one), and the bound it gives is the same
 * with PostgreSQL down and back. It costs two small queries a period per node. Nothing runs on
 * one node's H2 store.
 */
final class SharedStoreRecheck implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedStoreRecheck.class);

    private final ScheduledExecutorService timer;

    /** Rechecks {@code accounts} each period; null accounts: nothing to recheck. */
    SharedStoreRecheck(UserAccounts accounts, Duration period) {
        if (accounts == null) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "users-recheck");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> recheck(accounts), period.toMillis(),
                period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void recheck(UserAccounts accounts) {
        try {
            accounts.recheck();
        } catch (RuntimeException e) {
            // PostgreSQL down or unreachable: keep what is known and try again next period.
            LOG.warn("could not re-check the shared users store: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
