package tally.client.lessons;

import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import tally.client.api.WireShapes.ProjectionStatus;

/**
 * Lesson 5: a read model rebuilt from the log, slowly enough to watch. A short log is grown
 * first (the server appends believable work as {@code system:training}), with its progress.
 */
final class RebuildLesson extends Lesson {
    static final String MODEL = "stock";
    static final List<Long> LOG_SIZES = List.of(5_000L, 20_000L, 200_000L);
    static final List<Long> RATES = List.of(500L, 2_000L, 10_000L);

    private final LongProperty logSize = new SimpleLongProperty(this, "logSize", 20_000);
    private final LongProperty rate = new SimpleLongProperty(this, "rate", 2_000);
    private RebuildCheck check;
    private boolean growing;
    private boolean asking;

    RebuildLesson(LessonContext c) {
        super(c, 5, new Words("A read model is rebuilt from the log",
                "Choose how long the log should be and how many events a second the rebuild"
                        + " may apply, then press Set up: a short log is grown first, then"
                        + " stock is emptied and rebuilt.",
                "stock's card says REBUILDING with a progress bar and its position climbs from"
                        + " 0 to the head; the other read models go on as before.",
                "A read model is only a view of the log: thrown away, it is rebuilt by"
                        + " applying every event again, in order, from the first. That is how a"
                        + " new read model, or a fixed one, gets its figures."));
    }

    /** The log's length before the rebuild, in events; a shorter log is grown to it. */
    public LongProperty logSizeProperty() {
        return logSize;
    }

    /** How many events a second the rebuild applies at most. */
    public LongProperty rateProperty() {
        return rate;
    }

    @Override
    void begin() {
        long wanted = logSize.get();
        call(() -> {
            long head = c.api.projections().stream().mapToLong(ProjectionStatus::headPosition)
                    .max().orElse(0);
            return head < wanted ? c.training().growHistory(wanted - head).requested() : 0L;
        }, more -> {
            check = null;
            growing = more > 0;
            if (growing) {
                started("Growing the log by " + Figures.events(more) + " first …");
            } else {
                started("The log is long enough: rebuilding …");
                rebuild();
            }
        });
    }

    private void rebuild() {
        long perSecond = rate.get();
        c.ui.call(() -> c.training().rebuild(MODEL, perSecond), s -> {
            check = new RebuildCheck(MODEL, c.now());
            check.status(s, c.now());
            noteProperty().set("stock rebuilds at most " + Figures.count(perSecond)
                    + " events a second.");
            refresh();
        }, e -> notStarted("Could not rebuild: " + LessonContext.why(e)));
    }

    @Override
    void status(ProjectionStatus s, long now) {
        if (check != null) {
            check.status(s, now);
        }
    }

    @Override
    void tick(long now) {
        if (check != null) {
            check.tick(now);
        } else if (growing && !asking) {
            asking = true;
            c.ui.call(() -> c.training().training().history(), h -> {
                asking = false;
                noteProperty().set("Growing the log: " + Figures.count(h.appended()) + " of "
                        + Figures.events(h.requested()) + " appended.");
                if (!h.running() && growing) {
                    growing = false;
                    rebuild();
                }
            }, e -> {
                asking = false;
                noteProperty().set("Could not see the log grow: " + LessonContext.why(e));
            });
        }
    }

    @Override
    Verdict judged() {
        return check != null ? check.verdict() : Verdict.waiting(growing
                ? "the log is growing; the rebuild starts when it is done"
                : "starting the rebuild");
    }
}
