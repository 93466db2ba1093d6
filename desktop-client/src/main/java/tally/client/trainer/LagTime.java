package tally.client.trainer;

import java.util.Locale;

/**
 * Lag in the unit a class reads at a glance: "250339 ms" says nothing from the back of the
 * room, "4 min 10 s" does.
 */
final class LagTime {
    private LagTime() {
    }

    static String shown(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            // Tenths while it is short: 1.5 s and 2 s are different lessons.
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min " + seconds % 60 + " s";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
