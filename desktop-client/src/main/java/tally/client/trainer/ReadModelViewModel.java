package tally.client.trainer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.WireShapes.ProjectionStatus;

/**
 * One read model as the trainer sees it. The server's {@code projection} messages are the
 * truth; between them, the stream's own messages and the log head keep position and lag live.
 */
public final class ReadModelViewModel {
    private final String name;
    private final LongProperty position = new SimpleLongProperty(this, "position");
    private final LongProperty head = new SimpleLongProperty(this, "head");
    private final LongProperty lag = new SimpleLongProperty(this, "lag");
    private final LongProperty lagMillis = new SimpleLongProperty(this, "lagMillis");
    private final StringProperty state = new SimpleStringProperty(this, "state", "RUNNING");
    private final LongProperty delayMillis = new SimpleLongProperty(this, "delayMillis");
    private final StringProperty lastError = new SimpleStringProperty(this, "lastError", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty breakArmed = new SimpleBooleanProperty(this, "breakArmed");
    private final StringBinding shownState;
    private final DoubleBinding progress;
    private long behindSince = -1;

    ReadModelViewModel(String name) {
        this.name = name;
        progress = Bindings.createDoubleBinding(() -> head.get() <= 0 ? 1.0
                : Math.min(1.0, (double) position.get() / head.get()), position, head);
        // The server says RUNNING until the armed break meets its next event: the trainer
        // must see that a break is waiting, or the class thinks nothing happened.
        shownState = Bindings.createStringBinding(() -> breakArmed.get()
                && state.get().equals("RUNNING") ? "BREAK ARMED" : state.get(), breakArmed, state);
    }

    public String name() {
        return name;
    }

    void update(ProjectionStatus p, long nowMillis) {
        boolean wasRebuilding = state.get().equals("REBUILDING");
        position.set(p.position());
        // The server's head as it is now, even below one seen before: a server restarted on
        // another log starts again from its own head.
        head.set(p.headPosition());
        state.set(p.state());
        if (!p.state().equals("RUNNING")) {
            breakArmed.set(false);
        }
        if (wasRebuilding && !p.state().equals("REBUILDING")) {
            rebuildEnded();
        }
        delayMillis.set(p.delayMillis());
        lastError.set(p.lastError() == null ? "" : p.lastError());
        lag.set(Math.max(0, head.get() - p.position()));
        lagMillis.set(lag.get() == 0 ? 0 : p.lagMillis());
        behindSince = lag.get() == 0 ? -1 : nowMillis - p.lagMillis();
    }

    /**
     * Between the server's figures, lag in milliseconds is estimated here: the time since this
     * console first saw the read model fall behind, or since the server's last figure.
     */
    void tick(long nowMillis) {
        if (lag.get() == 0) {
            return;
        }
        if (behindSince < 0) {
            behindSince = nowMillis;
        }
        lagMillis.set(nowMillis - behindSince);
    }

    /** The read model has applied up to here (a stream message it produced says so). */
    void advanced(long to) {
        if (to > position.get()) {
            position.set(to);
            headSeen(to);
            relag();
        }
    }

    /**
     * A newer head heard between the server's figures (the console's head only ever rises;
     * a lower one comes with the server's own figure, in {@link #update}).
     */
    void headSeen(long headPosition) {
        if (headPosition > head.get()) {
            head.set(headPosition);
            relag();
        }
    }

    /** A break was asked for; it stays armed until the read model fails or is resumed. */
    void armBreak() {
        breakArmed.set(state.get().equals("RUNNING"));
    }

    void disarmBreak() {
        breakArmed.set(false);
    }

    /** Says the rebuild is over, or, when the answer came after it ended, that it is. */
    void rebuilt(String rebuilding) {
        if (state.get().equals("REBUILDING")) {
            message.set(rebuilding);
        } else {
            rebuildEnded();
        }
    }

    private void rebuildEnded() {
        message.set("Rebuilt: the whole log replayed, up to position " + position.get() + ".");
    }

    private void relag() {
        lag.set(Math.max(0, head.get() - position.get()));
        if (lag.get() == 0) {
            lagMillis.set(0);
            behindSince = -1;
        }
    }

    public LongProperty positionProperty() {
        return position;
    }

    public LongProperty headProperty() {
        return head;
    }

    public LongProperty lagProperty() {
        return lag;
    }

    public LongProperty lagMillisProperty() {
        return lagMillis;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public LongProperty delayMillisProperty() {
        return delayMillis;
    }

    public StringProperty lastErrorProperty() {
        return lastError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True from a break asked for until the read model fails (or is resumed). */
    public BooleanProperty breakArmedProperty() {
        return breakArmed;
    }

    /** The state as the trainer reads it: the server's, or BREAK ARMED while one waits. */
    public StringBinding shownState() {
        return shownState;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** position / head: during a rebuild, how far the replay has come. */
    public DoubleBinding progress() {
        return progress;
    }
}
