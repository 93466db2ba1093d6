package tally.client.lessons;

import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.TallyApi;
import tally.client.api.TrainingShapes.Traffic;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.command.CommandFormViewModel;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.ui.UiExecutor;

/**
 * The Lessons panel: six lessons, one chosen, and the traffic control. It passes each lesson
 * what the console receives (the stream's statuses and changes) and, once a second while a
 * lesson runs, the statuses of {@code GET /api/projections}; the view calls {@link #tick}.
 */
public final class LessonsViewModel implements LiveListener {
    private final TallyApi api;
    private final UiExecutor ui;
    private final List<Lesson> lessons;
    private final ObjectProperty<Lesson> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final BooleanProperty controls = new SimpleBooleanProperty(this, "controls");
    private final TrafficViewModel traffic;
    private final LagLesson lag;
    private final DisagreeLesson disagree;
    private final RebuildLesson rebuild;
    private boolean polling;

    public LessonsViewModel(TallyApi api, UiExecutor ui, LongSupplier clockMillis,
                            CommandFormViewModel form, ObservableBooleanValue mayOperate) {
        this.api = api;
        this.ui = ui;
        var c = new LessonContext(api, ui, clockMillis, form, mayOperate);
        lag = new LagLesson(c);
        disagree = new DisagreeLesson(c);
        rebuild = new RebuildLesson(c);
        lessons = List.of(lag, disagree, new StaleLesson(c), new BreakLesson(c), rebuild,
                new OrderWaitLesson(c));
        chosen.set(lessons.getFirst());
        traffic = new TrafficViewModel(api, ui);
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Lesson N, 1 to 6. */
    public Lesson lesson(int number) {
        return lessons.get(number - 1);
    }

    public ObjectProperty<Lesson> chosenProperty() {
        return chosen;
    }

    /** Lesson 2, for its side-by-side view. */
    public DisagreeLesson disagreeLesson() {
        return disagree;
    }

    /** Lesson 5, for its choices. */
    public RebuildLesson rebuildLesson() {
        return rebuild;
    }

    public TrafficViewModel traffic() {
        return traffic;
    }

    /** True while the signed-in user may set lessons up: a trainer or an admin. */
    public BooleanProperty controlsProperty() {
        return controls;
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(var snapshot) -> lessons.forEach(l -> l.statusHeard(
                    snapshot.projections()));
            case Changed(ProjectionChanged(_, var status)) ->
                    lessons.forEach(l -> l.statusHeard(List.of(status)));
            case Changed _ -> lessons.forEach(l -> l.updateHeard(update));
        }
    }

    /** Once a second: the lessons' clocks, the statuses while one runs, the traffic's counts. */
    public void tick() {
        lessons.forEach(Lesson::ticked);
        if (!controls.get() || polling) {
            return;
        }
        polling = true;
        boolean anyActive = lessons.stream().anyMatch(Lesson::active);
        ui.call(() -> new Poll(api.training().training().traffic(),
                anyActive ? api.projections() : List.of()), poll -> {
                    polling = false;
                    traffic.show(poll.traffic());
                    lessons.forEach(l -> l.statusHeard(poll.statuses()));
                }, e -> polling = false);
    }

    private record Poll(Traffic traffic, List<ProjectionStatus> statuses) {
    }
}
