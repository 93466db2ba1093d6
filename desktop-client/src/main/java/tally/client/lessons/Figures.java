package tally.client.lessons;

import java.util.Locale;

/** Numbers as a class reads them off a projector: "3,120", "2.3 s", "4,950". */
final class Figures {
    private Figures() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Milliseconds as seconds with one decimal: "2.3 s". */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Events a second over that time, rounded; 0 when no time passed. */
    static String rate(long events, long millis) {
        return millis <= 0 ? "0" : count(Math.round(events * 1000.0 / millis));
    }

    /** "1 event", "14 events". */
    static String events(long n) {
        return count(n) + (n == 1 ? " event" : " events");
    }
}
