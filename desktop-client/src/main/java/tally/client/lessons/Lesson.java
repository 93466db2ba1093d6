package tally.client.lessons;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveUpdate;

/**
 * One guided scenario: what to do, what to watch and why it happens, in plain words; a set-up
 * that makes the situation on the server; a check fed what the console receives, which says
 * when the class has seen the effect; a reset. Each lesson says only what differs.
 */
public abstract class Lesson {
    static final Verdict NOT_SET_UP = new Verdict(Verdict.State.IDLE, "Not set up yet.");

    /** The lesson's words for the class, in docs/glossary.md's terms. */
    public record Words(String title, String todo, String watch, String why) {
    }

    protected final LessonContext c;
    private final int number;
    private final Words words;
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(this, "verdict",
            NOT_SET_UP);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private boolean active;

    Lesson(LessonContext c, int number, Words words) {
        this.c = c;
        this.number = number;
        this.words = words;
    }

    public int number() {
        return number;
    }

    public Words words() {
        return words;
    }

    /** The check's verdict, refreshed with every status, message and tick. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** What the set-up or reset did or could not do, e.g. "growing the log: 4,000 of 20,000". */
    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public final void setUp() {
        if (busy.get()) {
            return;
        }
        c.nowRunning(this);
        active = false;
        verdict.set(NOT_SET_UP);
        busy.set(true);
        note.set("Setting up …");
        begin();
    }

    public final void reset() {
        active = false;
        verdict.set(NOT_SET_UP);
        busy.set(true);
        note.set("Resetting …");
        c.undoAll(said -> {
            busy.set(false);
            note.set(said);
        });
    }

    /** Another lesson was set up: this one's check says no more, and its clock stops. */
    final void stopWatching() {
        active = false;
    }

    /** Makes the situation; ends with {@link #started} or {@link #notStarted}. */
    abstract void begin();

    /** The check's current verdict. */
    abstract Verdict judged();

    /** A status of a read model (the stream's, or a poll's while the lesson runs). */
    void status(ProjectionStatus s, long now) {
    }

    void heard(LiveUpdate update, long now) {
    }

    void tick(long now) {
    }

    /** Calls the server in the background, then {@code then} on the UI thread; on failure says so. */
    <T> void call(Callable<T> work, Consumer<T> then) {
        c.ui.call(work, then::accept, e -> notStarted("Could not set up: "
                + LessonContext.why(e)));
    }

    void started(String said) {
        busy.set(false);
        active = true;
        note.set(said);
        refresh();
    }

    void notStarted(String why) {
        busy.set(false);
        active = false;
        note.set(why);
    }

    boolean active() {
        return active;
    }

    final void statusHeard(List<ProjectionStatus> all) {
        if (active) {
            long now = c.now();
            all.forEach(s -> status(s, now));
            refresh();
        }
    }

    final void updateHeard(LiveUpdate update) {
        if (active) {
            heard(update, c.now());
            refresh();
        }
    }

    final void ticked() {
        if (active) {
            tick(c.now());
            refresh();
        }
    }

    final void refresh() {
        if (active) {
            verdict.set(judged());
        }
    }
}
