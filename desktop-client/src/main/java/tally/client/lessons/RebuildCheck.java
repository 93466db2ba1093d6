package tally.client.lessons;

import tally.client.api.WireShapes.ProjectionStatus;

/**
 * Lesson 5's check: a read model emptied and replayed from the log. Timed from the rebuild's
 * start (the console's clock when the server took it) to the first status that shows it
 * running again at the head it was rebuilding to; a rebuild that fails is the lesson failing.
 */
final class RebuildCheck {
    static final long PATIENCE_MILLIS = 10 * 60_000;

    private final String model;
    private final long startedAt;
    private long target = -1;
    private Verdict verdict;

    RebuildCheck(String model, long startedAtMillis) {
        this.model = model;
        this.startedAt = startedAtMillis;
        verdict = Verdict.waiting(model + " has not shown its rebuild yet");
    }

    void status(ProjectionStatus s, long now) {
        if (verdict.settled() || !s.name().equals(model)) {
            return;
        }
        switch (s.state()) {
            case "REBUILDING" -> {
                target = Math.max(target, s.headPosition());
                long percent = target == 0 ? 100 : s.position() * 100 / target;
                verdict = Verdict.waiting(model + " has replayed " + Figures.count(s.position())
                        + " of " + Figures.events(target) + " (" + percent + "%)");
            }
            case "FAILED" -> verdict = Verdict.failed(model + " failed while rebuilding, at"
                    + " position " + Figures.count(s.position()) + ": " + s.lastError());
            default -> {
                if (target >= 0 && s.position() >= target) {
                    long took = now - startedAt;
                    verdict = Verdict.seen("rebuilt " + Figures.events(s.position()) + " in "
                            + Figures.seconds(took) + " (" + Figures.rate(s.position(), took)
                            + " a second)");
                }
            }
        }
        tick(now);
    }

    void tick(long now) {
        if (!verdict.settled() && now - startedAt >= PATIENCE_MILLIS) {
            verdict = Verdict.failed(model + " had not finished rebuilding after "
                    + Figures.seconds(now - startedAt) + (target < 0 ? ": it never showed"
                    + " a rebuild" : ""));
        }
    }

    Verdict verdict() {
        return verdict;
    }
}
