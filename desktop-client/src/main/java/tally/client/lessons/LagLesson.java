package tally.client.lessons;

import tally.client.api.WireShapes.ProjectionStatus;

/** Lesson 1: a read model lags behind the log while traffic runs, then catches up. */
final class LagLesson extends Lesson {
    static final String MODEL = "stock";
    static final long DELAY_MILLIS = 1_500;
    static final int RATE = 10;
    static final long TRAFFIC_MILLIS = 6_000;

    private LagCheck check;
    private long trafficFrom;
    private boolean stopping;

    LagLesson(LessonContext c) {
        super(c, 1, new Words("A read model lags, then catches up",
                "Press Set up: stock now holds each event back 1.5 s, and simulated traffic"
                        + " records 10 commands a second for 6 s, then stops.",
                "The stock card's lag and the chart's stock line climb while the traffic runs,"
                        + " then fall to 0. The event log keeps growing meanwhile.",
                "Commands are recorded in the log first; each read model applies the log's"
                        + " events afterwards, at its own pace. A read model that is behind"
                        + " answers from where it stands (its position) and catches up once it"
                        + " has applied the events it had not yet seen."));
    }

    @Override
    void begin() {
        call(() -> {
            c.api.delayProjection(MODEL, DELAY_MILLIS);
            return c.training().startTraffic(RATE);
        }, traffic -> {
            check = new LagCheck(MODEL);
            trafficFrom = c.now();
            stopping = false;
            started("stock holds each event back 1.5 s; traffic at " + RATE
                    + " commands a second for 6 s.");
        });
    }

    @Override
    void status(ProjectionStatus s, long now) {
        check.status(s, now);
    }

    @Override
    void tick(long now) {
        if (!stopping && now - trafficFrom >= TRAFFIC_MILLIS) {
            stopping = true;
            c.ui.call(() -> c.training().stopTraffic(), t -> {
                check.trafficStopped(c.now());
                noteProperty().set("The traffic stopped after " + Figures.seconds(c.now()
                        - trafficFrom) + ": watch stock catch up.");
            }, e -> noteProperty().set("Could not stop the traffic: " + LessonContext.why(e)));
        }
        check.tick(now);
    }

    @Override
    Verdict judged() {
        return check.verdict();
    }
}
