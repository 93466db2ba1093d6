package tally.client.lessons;

import java.util.regex.Pattern;
import tally.client.api.WireShapes.ProjectionStatus;

/**
 * Lesson 4's check: a read model fails at an event, is resumed, and applies every event it
 * missed: those recorded from the failure up to the log's head when it was resumed.
 */
final class BreakResumeCheck {
    /** After set-up: how long the break has to show (it fails on the next event recorded). */
    static final long FAIL_WITHIN_MILLIS = 20_000;
    static final long PATIENCE_MILLIS = 60_000;
    private static final Pattern AT = Pattern.compile("position (\\d+)");

    private final String model;
    private final long setUpAt;
    private long failedAt = -1;
    private long headAtResume = -1;
    private long resumedAtMillis;
    private Verdict verdict;

    BreakResumeCheck(String model, long nowMillis) {
        this.model = model;
        this.setUpAt = nowMillis;
        verdict = Verdict.waiting(model + " has not failed yet: the break fails it on the next"
                + " event recorded");
    }

    void status(ProjectionStatus s, long now) {
        if (verdict.settled() || !s.name().equals(model)) {
            return;
        }
        if (failedAt < 0) {
            if (s.state().equals("FAILED")) {
                failedAt = failedPosition(s);
                verdict = Verdict.waiting(model + " failed at position " + Figures.count(failedAt)
                        + ": press Resume on its card");
            }
        } else if (headAtResume < 0) {
            if (s.state().equals("RUNNING")) {
                headAtResume = s.headPosition();
                resumedAtMillis = now;
                verdict = Verdict.waiting(model + " resumed; catching up to position "
                        + Figures.count(headAtResume));
            }
        }
        if (headAtResume >= 0 && s.position() >= headAtResume) {
            long missed = headAtResume - failedAt + 1;
            verdict = Verdict.seen(model + " failed at position " + Figures.count(failedAt)
                    + ", resumed, and applied the " + Figures.events(missed) + " it had missed"
                    + " (at position " + Figures.count(s.position()) + " now)");
        }
        tick(now);
    }

    /** The event it failed on, as its error names it; else the one after where it stopped. */
    private static long failedPosition(ProjectionStatus s) {
        var m = s.lastError() == null ? null : AT.matcher(s.lastError());
        return m != null && m.find() ? Long.parseLong(m.group(1)) : s.position() + 1;
    }

    void tick(long now) {
        if (verdict.settled()) {
            return;
        }
        if (failedAt < 0 && now - setUpAt >= FAIL_WITHIN_MILLIS) {
            verdict = Verdict.failed(model + " never failed in " + Figures.seconds(now - setUpAt)
                    + " after the break: was it resumed before an event came, or is the"
                    + " traffic stopped?");
        } else if (headAtResume >= 0 && now - resumedAtMillis >= PATIENCE_MILLIS) {
            verdict = Verdict.failed(model + " was resumed but had not caught up to position "
                    + Figures.count(headAtResume) + " after " + Figures.seconds(now
                    - resumedAtMillis));
        }
    }

    Verdict verdict() {
        return verdict;
    }
}
