package tally.client.lessons;

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
            List<ProjectionStatus> all = api.projections();
            for (ProjectionStatus s : all) {
                if (s.delayMillis() > 0) {
                    api.delayProjection(s.name(), 0);
                }
                if (s.state().equals("PAUSED") || s.state().equals("FAILED")) {
                    api.controlProjection(s.name(), "resume");
                }
            }
            return "Reset: the traffic is stopped, no read model is delayed, all of them run.";
        }, then, e -> then.accept("Could not reset: " + why(e)));
    }

    /** A failed call in a few words: the server's reason, or that it did not answer. */
    static String why(RuntimeException e) {
        return e instanceof ProblemException p ? p.problem().detail() : Unanswered.command(e);
    }
}
