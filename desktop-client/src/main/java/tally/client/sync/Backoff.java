package tally.client.sync;

import java.net.ConnectException;
import java.time.Duration;
import tally.client.api.ProblemException;
import tally.client.api.ServerNotTrusted;

/** How long to wait before the next attempt, and how to say why in plain words. */
final class Backoff {
    private static final long[] STEPS_MILLIS = {500, 1000, 2000};

    private Backoff() {
    }

    static Duration after(int failures) {
        return Duration.ofMillis(STEPS_MILLIS[Math.min(failures, STEPS_MILLIS.length - 1)]);
    }

    static String words(Duration delay) {
        long millis = delay.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * E.g. "Server unreachable at http://localhost:8080 (connection refused) — retrying in 2 s".
     * A refused certificate is told without a retry time: trying again helps only once IT acts.
     */
    static String statusText(Object server, Throwable cause, Duration delay) {
        String retrying = " — retrying in " + words(delay);
        if (cause instanceof ServerNotTrusted refused) {
            return "Not connected: " + refused.refusal().brief();
        }
        if (cause instanceof ProblemException p) {
            return "Server at " + server + " answered " + p.problem().status() + " "
                    + p.problem().slug() + retrying;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "Server unreachable at " + server + " (connection refused)" + retrying;
            }
        }
        return "Server unreachable at " + server + " (connection lost)" + retrying;
    }
}
