package tally.client.lessons;

import tally.client.api.WireShapes.ProjectionStatus;

/** Lesson 4: a read model breaks on an event and, resumed, applies all it missed. */
final class BreakLesson extends Lesson {
    static final String MODEL = "stock";
    static final int RATE = 5;

    private BreakResumeCheck check;

    BreakLesson(LessonContext c) {
        super(c, 4, new Words("A read model breaks and resumes with nothing lost",
                "Press Set up: stock is told to fail on the next event, and traffic records 5"
                        + " commands a second. When its card says FAILED, press Resume on it.",
                "stock's card turns FAILED at a position and its lag grows while the log goes"
                        + " on; after Resume it applies the events it missed and its lag falls"
                        + " back to 0.",
                "A read model that fails stops where it is; nothing is lost, because the log,"
                        + " not the read model, holds what happened. Resumed, it goes on from"
                        + " its position and applies every event it had not yet seen."));
    }

    @Override
    void begin() {
        call(() -> {
            c.api.controlProjection(MODEL, "break");
            return c.training().startTraffic(RATE);
        }, traffic -> {
            check = new BreakResumeCheck(MODEL, c.now());
            started("stock fails on the next event; traffic at " + RATE + " commands a second"
                    + " (Reset stops it).");
        });
    }

    @Override
    void status(ProjectionStatus s, long now) {
        check.status(s, now);
    }

    @Override
    void tick(long now) {
        check.tick(now);
    }

    @Override
    Verdict judged() {
        return check.verdict();
    }
}
