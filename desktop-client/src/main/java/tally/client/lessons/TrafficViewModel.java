package tally.client.lessons;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.TallyApi;
import tally.client.api.TrainingShapes.Traffic;
import tally.client.ui.UiExecutor;

/**
 * The simulated warehouse traffic under the trainer's hand: start it at a rate, stop it, and
 * how many of its commands were accepted and refused, as the server counts them.
 */
public final class TrafficViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final IntegerProperty rate = new SimpleIntegerProperty(this, "rate", 10);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty said = new SimpleStringProperty(this, "said",
            "No traffic yet.");

    public TrafficViewModel(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
    }

    /** Commands a second, 1 to 1,000. */
    public IntegerProperty rateProperty() {
        return rate;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** "Running at 10 a second: 1,234 accepted, 12 refused." */
    public StringProperty saidProperty() {
        return said;
    }

    public void start() {
        int perSecond = Math.clamp(rate.get(), 1, 1000);
        act(() -> api.training().startTraffic(perSecond));
    }

    public void stop() {
        act(() -> api.training().stopTraffic());
    }

    private void act(java.util.concurrent.Callable<Traffic> call) {
        busy.set(true);
        ui.call(call, t -> {
            busy.set(false);
            show(t);
        }, e -> {
            busy.set(false);
            said.set("Traffic: " + LessonContext.why(e));
        });
    }

    /** The traffic as the server last said it (each second while the trainer view is open). */
    void show(Traffic t) {
        running.set(t.running());
        String counts = Figures.count(t.accepted()) + " accepted, " + Figures.count(t.refused())
                + " refused.";
        said.set(t.running() ? "Running at " + t.commandsPerSecond() + " a second: " + counts
                : t.startedAt() == null ? "No traffic yet." : "Stopped: " + counts);
    }
}
