package tally.client.trainer;

import javafx.beans.value.ObservableLongValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.LogEvent;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.Snapshot;
import tally.client.ui.UiExecutor;

/**
 * The tail of the event log itself, not of a read model: when the stream tells of a position
 * beyond the tail, the new events are read from {@code /api/events}, so that the log runs on
 * even while every read model is paused.
 */
public final class LogTailViewModel implements LiveListener {
    static final int KEEP = 50;

    private final TallyApi api;
    private final UiExecutor ui;
    private final ObservableLongValue head;
    private final ObservableList<LogEvent> events = FXCollections.observableArrayList();
    private long last;
    private boolean reading;

    public LogTailViewModel(TallyApi api, UiExecutor ui, ObservableLongValue head) {
        this.api = api;
        this.ui = ui;
        this.head = head;
        head.addListener((o, was, is) -> catchUp());
    }

    /** Newest first. */
    public ObservableList<LogEvent> events() {
        return events;
    }

    /** Read-model changes do not move the log: only the head does, which it listens to. */
    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(Snapshot snapshot) -> resynced(snapshot);
            case Changed _ -> { }
        }
    }

    private void resynced(Snapshot snapshot) {
        events.clear();
        last = 0;
        add(snapshot.log());
        catchUp();
    }

    private void catchUp() {
        if (reading || head.get() <= last) {
            return;
        }
        reading = true;
        long after = Math.max(last, head.get() - KEEP);
        ui.call(() -> api.events(after, KEEP), log -> {
            reading = false;
            add(log);
            catchUp();
        }, e -> reading = false);
    }

    private void add(EventLog log) {
        for (LogEvent e : log.items()) {
            if (e.position() > last) {
                events.add(0, e);
                last = e.position();
            }
        }
        if (events.size() > KEEP) {
            events.remove(KEEP, events.size());
        }
        if (log.items().isEmpty()) {
            // the head we heard of is not in the log (yet): stop asking until a newer one
            last = Math.max(last, head.get());
        }
    }
}
