package tally.client.trainer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
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
    private final DoubleBinding progress;
    private long behindSince = -1;

    ReadModelViewModel(String name) {
        this.name = name;
        progress = Bindings.createDoubleBinding(() -> head.get() <= 0 ? 1.0
                : Math.min(1.0, (double) position.get() / head.get()), position, head);
    }

    public String name() {
        return name;
    }

    void update(ProjectionStatus p, long nowMillis) {
        position.set(p.position());
        head.set(Math.max(head.get(), p.headPosition()));
        state.set(p.state());
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

    void headSeen(long headPosition) {
        if (headPosition > head.get()) {
            head.set(headPosition);
            relag();
        }
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** position / head: during a rebuild, how far the replay has come. */
    public DoubleBinding progress() {
        return progress;
    }
}
