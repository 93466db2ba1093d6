package tally.client.sync;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.ApiException;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * Keeps the console in step with the server: queries a {@link Snapshot}, then follows the
 * stream from that snapshot's position; when the server goes away it says so and retries, and
 * when it is back it resynchronises the same way. Each attempt has a generation number, so
 * that a late message or failure from an abandoned stream changes nothing.
 */
public final class Connection {
    public enum State { CONNECTING, CONNECTED, DOWN }

    private final TallyApi api;
    private final UiExecutor ui;
    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();
    private final Inbox inbox;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state",
            State.CONNECTING);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final LongProperty head = new SimpleLongProperty(this, "head");

    private final Object lock = new Object();
    private volatile int generation;
    private boolean stopped;
    private int failures;
    private int resetsInARow;
    private Closeable stream;
    private UiExecutor.Cancellable retry;

    public Connection(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
        this.inbox = new Inbox(ui);
        status.set("Connecting to " + api.server() + " …");
    }

    public void addListener(LiveListener listener) {
        listeners.add(listener);
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The highest log position the console has heard of. */
    public LongProperty headProperty() {
        return head;
    }

    /** A position learned elsewhere, e.g. from a command's answer. */
    public void sawPosition(long position) {
        if (position > head.get()) {
            head.set(position);
        }
    }

    public void start() {
        int gen;
        synchronized (lock) {
            gen = ++generation;
        }
        ui.inBackground(() -> attempt(gen, false));
    }

    public void stop() {
        synchronized (lock) {
            stopped = true;
            generation++;
            abandonStream();
        }
    }

    private void attempt(int gen, boolean fromNow) {
        if (gen != generation) {
            return;
        }
        ui.onUi(() -> {
            if (state.get() != State.DOWN) {
                state.set(State.CONNECTING);
            }
        });
        Snapshot snapshot;
        Closeable opened;
        try {
            snapshot = Snapshot.fetch(api);
            inbox.post(gen, this::current, () -> resynced(snapshot));
            OptionalLong from = fromNow ? OptionalLong.empty()
                    : OptionalLong.of(snapshot.streamFrom());
            opened = api.stream(from, new Relay(this, gen, inbox, listeners));
        } catch (ApiException e) {
            failed(gen, e);
            return;
        }
        synchronized (lock) {
            if (gen != generation) {
                closeQuietly(opened);
                return;
            }
            stream = opened;
            failures = 0;
        }
        ui.onUi(() -> {
            if (current(gen)) {
                state.set(State.CONNECTED);
                status.set("Connected to " + api.server() + " at position " + head.get());
            }
        });
    }

    private void resynced(Snapshot snapshot) {
        sawPosition(snapshot.head());
        listeners.forEach(l -> l.resynced(snapshot));
    }

    boolean current(int gen) {
        return gen == generation;
    }

    void heard(long position) {
        sawPosition(position);
        if (state.get() == State.CONNECTED) {
            status.set("Connected to " + api.server() + " at position " + head.get());
        }
    }

    /** Something other than a reset arrived: the stream is serving us. */
    void served(int gen) {
        synchronized (lock) {
            if (gen == generation) {
                resetsInARow = 0;
            }
        }
    }

    void failed(int gen, Throwable cause) {
        Duration delay;
        int next;
        synchronized (lock) {
            if (gen != generation || stopped) {
                return;
            }
            next = ++generation;
            abandonStream();
            delay = Backoff.after(failures++);
            retry = ui.schedule(delay, () -> attempt(next, false));
        }
        String text = Backoff.statusText(api.server(), cause, delay);
        ui.onUi(() -> {
            state.set(State.DOWN);
            status.set(text);
        });
    }

    /** The server cannot resume where we asked: query afresh; twice in a row, follow from now. */
    void reset(int gen) {
        int next;
        boolean fromNow;
        synchronized (lock) {
            if (gen != generation || stopped) {
                return;
            }
            next = ++generation;
            abandonStream();
            fromNow = ++resetsInARow > 1;
        }
        ui.inBackground(() -> attempt(next, fromNow));
    }

    private void abandonStream() {
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
        if (stream != null) {
            closeQuietly(stream);
            stream = null;
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // it is being abandoned; nothing more to learn from it
        }
    }
}
