package tally.client.trainer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableLongValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.ProblemException;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.Unanswered;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.Snapshot;
import tally.client.ui.UiExecutor;

/** The read models under the trainer's hand, and a record of their lag for the chart. */
public final class TrainerViewModel implements LiveListener {
    static final int SAMPLES_KEPT = 120;
    private static final List<String> KNOWN = List.of("stock", "locations", "activity");

    private final TallyApi api;
    private final UiExecutor ui;
    private final LongSupplier clockMillis;
    private final long startMillis;
    private final ObservableList<ReadModelViewModel> readModels =
            FXCollections.observableArrayList();
    private final Map<String, ReadModelViewModel> byName = new HashMap<>();
    private final Map<String, ObservableList<LagSample>> samples = new LinkedHashMap<>();
    private final BooleanProperty breakAvailable = new SimpleBooleanProperty(this, "break", true);
    private final BooleanProperty controls = new SimpleBooleanProperty(this, "controls");
    private final LongProperty largestLag = new SimpleLongProperty(this, "largestLag");
    private final ObservableLongValue head;

    public TrainerViewModel(TallyApi api, UiExecutor ui, ObservableLongValue head,
                            LongSupplier clockMillis) {
        this.api = api;
        this.ui = ui;
        this.head = head;
        this.clockMillis = clockMillis;
        this.startMillis = clockMillis.getAsLong();
        KNOWN.forEach(this::model);
        head.addListener((o, was, is) -> readModels.forEach(m -> m.headSeen(is.longValue())));
    }

    public ObservableList<ReadModelViewModel> readModels() {
        return readModels;
    }

    public ObservableList<LagSample> samples(String name) {
        return samples.computeIfAbsent(name, n -> FXCollections.observableArrayList());
    }

    /**
     * True while the signed-in user may pause, resume, rebuild, delay and break read models
     * (a trainer or an admin); everyone else watches the same figures without the controls.
     */
    public BooleanProperty controlsProperty() {
        return controls;
    }

    /** False once the server said it has no {@code break} switch. */
    public BooleanProperty breakAvailableProperty() {
        return breakAvailable;
    }

    public ReadModelViewModel model(String name) {
        return byName.computeIfAbsent(name, n -> {
            var m = new ReadModelViewModel(n);
            m.headSeen(head.get());
            readModels.add(m);
            samples(n);
            return m;
        });
    }

    /** Adds one point per read model to the chart: the view calls it once a second. */
    public void sample() {
        long now = clockMillis.getAsLong();
        double seconds = (now - startMillis) / 1000.0;
        for (ReadModelViewModel m : readModels) {
            m.tick(now);
            var list = samples(m.name());
            list.add(new LagSample(seconds, m.lagProperty().get()));
            if (list.size() > SAMPLES_KEPT) {
                list.remove(0, list.size() - SAMPLES_KEPT);
            }
        }
        largestLag.set(samples.values().stream().flatMap(List::stream)
                .mapToLong(LagSample::lag).max().orElse(0));
    }

    /** The largest lag among the samples kept: how high the chart's axis must reach. */
    public LongProperty largestLagProperty() {
        return largestLag;
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed(StockChanged(_, StockDetail stock)) ->
                    model("stock").advanced(stock.position());
            case Changed(LocationChanged(_, LocationContents contents)) ->
                    model("locations").advanced(contents.position());
            case Changed(ActivityAdded(_, ActivityItem item)) ->
                    model("activity").advanced(item.position());
            case Changed(OrderChanged(_, OrderDetail order)) ->
                    model("orders").advanced(order.position());
            case Changed(ProjectionChanged(_, ProjectionStatus status)) ->
                    model(status.name()).update(status, clockMillis.getAsLong());
        }
    }

    private void resynced(Snapshot snapshot) {
        snapshot.projections().forEach(p -> model(p.name()).update(p, clockMillis.getAsLong()));
        model("stock").advanced(snapshot.stock().position());
        model("locations").advanced(snapshot.locations().position());
        model("activity").advanced(snapshot.activity().position());
    }

    public void pause(String name) {
        control(name, "pause", m -> m.messageProperty()
                .set("Paused: it answers queries from where it stopped."));
    }

    public void resume(String name) {
        control(name, "resume", m -> {
            m.disarmBreak();
            m.messageProperty().set("Resumed: it catches up with the log.");
        });
    }

    public void rebuild(String name) {
        control(name, "rebuild",
                m -> m.rebuilt("Rebuilding: emptied, the whole log is replayed into it."));
    }

    public void breakModel(String name) {
        control(name, "break", m -> {
            m.armBreak();
            m.messageProperty().set(m.breakArmedProperty().get()
                    ? "Break armed: it fails on the next event recorded."
                    : "Broken on purpose: watch it fail.");
        });
    }

    public void delay(String name, long millis) {
        if (!controls.get()) {
            return;
        }
        var m = model(name);
        m.busyProperty().set(true);
        ui.call(() -> {
            api.delayProjection(name, millis);
            return api.projections();
        }, all -> refreshed(m, all, done -> done.messageProperty()
                        .set("Each event is now held back " + LagTime.shown(millis) + ".")),
                e -> failed(m, "delay", e));
    }

    private void control(String name, String action, Consumer<ReadModelViewModel> done) {
        if (!controls.get()) {
            return;
        }
        var m = model(name);
        m.busyProperty().set(true);
        ui.call(() -> {
            api.controlProjection(name, action);
            return api.projections();
        }, all -> refreshed(m, all, done), e -> failed(m, action, e));
    }

    /** The statuses first, then what was done: a message may depend on the state after. */
    private void refreshed(ReadModelViewModel m, List<ProjectionStatus> all,
                           Consumer<ReadModelViewModel> done) {
        m.busyProperty().set(false);
        all.forEach(p -> model(p.name()).update(p, clockMillis.getAsLong()));
        done.accept(m);
    }

    private void failed(ReadModelViewModel m, String action, RuntimeException e) {
        m.busyProperty().set(false);
        if (action.equals("break") && e instanceof ProblemException p
                && (p.problem().status() == 404 || p.problem().status() == 405)) {
            breakAvailable.set(false);
            m.messageProperty().set("This server has no break switch.");
            return;
        }
        m.messageProperty().set(e instanceof ProblemException p
                ? "Could not " + action + " " + m.name() + ": " + p.problem().detail()
                : Unanswered.command(e));
    }
}
