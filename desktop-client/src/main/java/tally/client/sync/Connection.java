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
import tally.client.api.ProblemException;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.ReadModelChange;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.ui.UiExecutor;

/**
 * Keeps the console in step with the server: queries a {@link Snapshot}, then follows the
 * stream from that snapshot's position; when the server cannot resume there, it follows the
 * stream from now instead (see {@link Relay}). When the server goes away it says so and
 * retries, and when it is back it resynchronises the same way. Each attempt has a generation
 * number, so that a late message or failure from an abandoned stream changes nothing. A server
 * that no longer takes the session (401) is not asked again until the user has signed in again.
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

    private static final int RESETS_AT_ONCE = 2;

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
        this.inbox = new Inbox(ui, this::current, this::deliver);
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

    /** The log's head as the console last heard it: the latest snapshot's, or newer since. */
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

    /** Signed in (again): connects, unless a stream is being followed already. */
    public void signedIn() {
        if (state.get() != State.CONNECTED) {
            start();
        }
    }

    /** Signed out: follows nothing until {@link #start} or {@link #signedIn}. */
    public void disconnect() {
        synchronized (lock) {
            generation++;
            abandonStream();
        }
        state.set(State.DOWN);
        status.set("Signed out of " + api.server());
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
        Closeable opened = null;
        try {
            if (fromNow) {
                var relay = Relay.fromNow(this, gen, inbox);
                opened = api.stream(OptionalLong.empty(), relay);
                relay.release(Snapshot.fetch(api));
            } else {
                Snapshot snapshot = Snapshot.fetch(api);
                inbox.post(gen, new Resynced(snapshot));
                opened = api.stream(OptionalLong.of(snapshot.streamFrom()),
                        Relay.resuming(this, gen, inbox));
            }
        } catch (ApiException e) {
            if (opened != null) {
                closeQuietly(opened);
            }
            failed(gen, e);
            return;
        }
        synchronized (lock) {
            if (gen != generation) {
                closeQuietly(opened);
                return;
            }
            stream = opened;
        }
        ui.onUi(() -> {
            if (current(gen)) {
                state.set(State.CONNECTED);
                status.set("Connected to " + api.server() + " at position " + head.get());
            }
        });
    }

    /** Queries a snapshot now and hands it to the screens ahead of the stream's next message. */
    void resyncNow(int gen) {
        inbox.post(gen, new Resynced(Snapshot.fetch(api)));
    }

    private boolean current(int gen) {
        return gen == generation;
    }

    /** On the UI thread, in order: the head moves first, then every screen hears it. */
    private void deliver(LiveUpdate update) {
        switch (update) {
            // A snapshot is the server as it is now: its head is taken even when lower, since
            // a server restarted on another (restored, fresh) log has one (never a max of all).
            case Resynced(Snapshot snapshot) -> head.set(snapshot.head());
            case Changed(ReadModelChange change) -> heard(headOf(change));
        }
        listeners.forEach(l -> l.heard(update));
    }

    /** A projection message tells the log's head; every other change is at its own position. */
    private static long headOf(ReadModelChange change) {
        return switch (change) {
            case ProjectionChanged(_, ProjectionStatus status) -> status.headPosition();
            case StockChanged(long id, _) -> id;
            case LocationChanged(long id, _) -> id;
            case ActivityAdded(long id, _) -> id;
            case OrderChanged(long id, _) -> id;
        };
    }

    private void heard(long position) {
        sawPosition(position);
        if (state.get() == State.CONNECTED) {
            status.set("Connected to " + api.server() + " at position " + head.get());
        }
    }

    /**
     * Something other than a reset arrived: the stream is serving us. Only now do the failures
     * count from zero again: a sent request proves nothing, and a server that answers queries
     * but refuses the stream must not be asked again every half second.
     */
    void served(int gen) {
        synchronized (lock) {
            if (gen == generation) {
                resetsInARow = 0;
                failures = 0;
            }
        }
    }

    void failed(int gen, Throwable cause) {
        boolean sessionOver = ProblemException.endsSession(cause);
        Duration delay = null;
        synchronized (lock) {
            if (gen != generation || stopped) {
                return;
            }
            int next = ++generation;
            abandonStream();
            if (!sessionOver) {
                delay = Backoff.after(failures++);
                retry = ui.schedule(delay, () -> attempt(next, false));
            }
        }
        String text = sessionOver
                ? "The session has ended: sign in again to follow " + api.server()
                : Backoff.statusText(api.server(), cause, delay);
        ui.onUi(() -> {
            state.set(State.DOWN);
            status.set(text);
        });
    }

    /**
     * The server cannot resume where we asked (a restarted server keeps no earlier messages),
     * or tells every client to query afresh: follow the stream from now, with a snapshot taken
     * after it opened. Resets in a row, with nothing served between, are spaced out.
     */
    void reset(int gen) {
        int next;
        int inARow;
        synchronized (lock) {
            if (gen != generation || stopped) {
                return;
            }
            next = ++generation;
            abandonStream();
            inARow = ++resetsInARow;
            if (inARow > RESETS_AT_ONCE) {
                retry = ui.schedule(Backoff.after(inARow - RESETS_AT_ONCE - 1),
                        () -> attempt(next, true));
                return;
            }
        }
        ui.inBackground(() -> attempt(next, true));
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
