package tally.client.lessons;

import tally.client.api.WireShapes.ProjectionStatus;

/**
 * Lesson 1's check: a read model falls behind the log while traffic runs, and catches up once
 * it stops. "Behind" is at least {@link #BEHIND} events, so the moment between a command and
 * its being applied does not count; the largest lag seen (events and seconds) is the measure.
 */
final class LagCheck {
    static final long BEHIND = 5;
    /** After the traffic stopped: how long a read model that never lagged may still start to. */
    static final long GRACE_MILLIS = 5_000;
    /** After the traffic stopped: how long a lagging one has to catch up. */
    static final long PATIENCE_MILLIS = 60_000;

    private final String model;
    private long mostBehind;
    private long mostBehindMillis;
    private boolean lagged;
    private long trafficStoppedAt = -1;
    private long now;
    private long lastLag;
    private Verdict verdict;

    LagCheck(String model) {
        this.model = model;
        this.verdict = Verdict.waiting(model + " has not lagged yet");
    }

    void status(ProjectionStatus s, long nowMillis) {
        now = nowMillis;
        if (verdict.settled() || !s.name().equals(model)) {
            return;
        }
        lastLag = s.lag();
        if (s.lag() > mostBehind) {
            mostBehind = s.lag();
        }
        mostBehindMillis = Math.max(mostBehindMillis, s.lagMillis());
        if (s.lag() >= BEHIND) {
            lagged = true;
        }
        if (lagged && s.lag() == 0) {
            verdict = Verdict.seen(model + " fell " + Figures.events(mostBehind) + " ("
                    + Figures.seconds(mostBehindMillis) + ") behind, then caught up at position "
                    + Figures.count(s.position()));
        } else if (lagged) {
            verdict = Verdict.waiting(model + " is " + Figures.events(s.lag()) + " behind (at"
                    + " most " + Figures.count(mostBehind) + "); waiting for it to catch up");
        }
        tick(nowMillis);
    }

    void trafficStopped(long nowMillis) {
        if (trafficStoppedAt < 0) {
            trafficStoppedAt = nowMillis;
        }
    }

    void tick(long nowMillis) {
        now = nowMillis;
        if (verdict.settled() || trafficStoppedAt < 0) {
            return;
        }
        long since = now - trafficStoppedAt;
        if (!lagged && since >= GRACE_MILLIS) {
            verdict = Verdict.failed(model + " never fell " + BEHIND + " events behind: it kept"
                    + " up with the traffic (at most " + Figures.events(mostBehind)
                    + " behind). Was its delay taken off?");
        } else if (lagged && since >= PATIENCE_MILLIS) {
            verdict = Verdict.failed(model + " fell behind but had not caught up "
                    + Figures.seconds(since) + " after the traffic stopped (still "
                    + Figures.events(lastLag) + " behind). Is it paused?");
        }
    }

    Verdict verdict() {
        return verdict;
    }
}
