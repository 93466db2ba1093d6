package tally.client.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.value.ObservableBooleanValue;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.api.TrainingApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.command.CommandFormViewModel;
import tally.client.ui.UiExecutor;

/**
 * What every lesson works with: the server's calls, the UI executor, the console's clock, the
 * command form the trainer uses (lesson 3) and whether the signed-in user may do stock work.
 */
final class LessonContext {
    final TallyApi api;
    final UiExecutor ui;
    final LongSupplier clock;
    final CommandFormViewModel form;
    final ObservableBooleanValue mayOperate;
    /** The lesson set up last: one runs at a time, or one's clock could undo another's set-up. */
    private Lesson running;

    LessonContext(TallyApi api, UiExecutor ui, LongSupplier clock, CommandFormViewModel form,
                  ObservableBooleanValue mayOperate) {
        this.api = api;
        this.ui = ui;
        this.clock = clock;
        this.form = form;
        this.mayOperate = mayOperate;
    }

    /** {@code lesson} is being set up: the one before it stops watching (its verdict stays). */
    void nowRunning(Lesson lesson) {
        if (running != null && running != lesson) {
            running.stopWatching();
        }
        running = lesson;
    }

    TrainingApi training() {
        return api.training();
    }

    long now() {
        return clock.getAsLong();
    }

    /**
     * Undoes what any lesson set up, in the background: the traffic stopped, every delay
     * taken off, every paused or failed read model resumed. {@code then} runs on the UI
     * thread with what was done, or why not.
     */
    void undoAll(Consumer<String> then) {
        ui.call(() -> {
            api.training().stopTraffic();
            boolean history = api.training().training().history().running();
            if (history) {
                api.training().stopHistory();
            }
            List<ProjectionStatus> all = api.projections();
            var paced = new ArrayList<String>();
            for (ProjectionStatus s : all) {
                if (s.delayMillis() > 0) {
                    api.delayProjection(s.name(), 0);
                }
                if (s.state().equals("PAUSED") || s.state().equals("FAILED")) {
                    api.controlProjection(s.name(), "resume");
                }
                if (s.rebuildEventsPerSecond() != null) {
                    // A slow rebuild would hold the class for minutes: it starts over at full
                    // speed, which ends in moments (a rebuild loses nothing: the log stays).
                    api.controlProjection(s.name(), "rebuild");
                    paced.add(s.name());
                }
            }
            return "Reset: the traffic is stopped" + (history ? ", the longer history too" : "")
                    + ", no read model is delayed, all of them run"
                    + (paced.isEmpty() ? "." : "; " + String.join(", ", paced)
                            + " rebuilds at full speed.");
        }, then, e -> then.accept("Could not reset: " + why(e)));
    }

    /** A failed call in a few words: the server's reason, or that it did not answer. */
    static String why(RuntimeException e) {
        return e instanceof ProblemException p ? p.problem().detail() : Unanswered.command(e);
    }
}
