package tally.client.sync;

import java.util.ArrayList;
import java.util.List;
import tally.client.api.StreamListener;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/**
 * Carries one stream's messages, from the api's reader thread, to the listeners on the UI.
 *
 * <p>A stream followed from now (no {@code Last-Event-ID}) is opened before its snapshot is
 * queried, and holds its messages back until that snapshot is in, so that nothing falls
 * between them. The server may still have subscribed it only after the snapshot's queries
 * were answered, and that cannot be seen from here (it answers the request only with its
 * first message), so the first message after the snapshot brings a second one, ahead of it.
 */
final class Relay implements StreamListener {
    private final Connection connection;
    private final int generation;
    private final Inbox inbox;
    private final List<LiveListener> listeners;
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private boolean unconfirmed;

    private Relay(Connection connection, int generation, Inbox inbox,
                  List<LiveListener> listeners, boolean fromNow) {
        this.connection = connection;
        this.generation = generation;
        this.inbox = inbox;
        this.listeners = listeners;
        this.holding = fromNow;
        this.unconfirmed = fromNow;
    }

    /** For a stream resumed from a snapshot's position: every message goes straight on. */
    static Relay resuming(Connection connection, int gen, Inbox inbox, List<LiveListener> all) {
        return new Relay(connection, gen, inbox, all, false);
    }

    /** For a stream followed from now: holds messages until {@link #release} is called. */
    static Relay fromNow(Connection connection, int gen, Inbox inbox, List<LiveListener> all) {
        return new Relay(connection, gen, inbox, all, true);
    }

    /** The snapshot queried after this stream was opened: it goes first, then what was held. */
    synchronized void release(Snapshot snapshot) {
        post(() -> connection.resynced(snapshot));
        holding = false;
        if (!held.isEmpty()) {
            unconfirmed = false;
            connection.resyncNow(generation);
            held.forEach(this::post);
            held.clear();
        }
    }

    @Override
    public void stock(long id, StockDetail stock) {
        deliver(id, () -> listeners.forEach(l -> l.stock(id, stock)));
    }

    @Override
    public void location(long id, LocationContents contents) {
        deliver(id, () -> listeners.forEach(l -> l.location(id, contents)));
    }

    @Override
    public void activity(long id, ActivityItem item) {
        deliver(id, () -> listeners.forEach(l -> l.activity(id, item)));
    }

    @Override
    public void projection(long id, ProjectionStatus projection) {
        deliver(projection.headPosition(),
                () -> listeners.forEach(l -> l.projection(id, projection)));
    }

    @Override
    public void reset(long id) {
        connection.reset(generation);
    }

    @Override
    public void closed(Throwable cause) {
        if (cause != null) {
            connection.failed(generation, cause);
        }
    }

    /** On the reader thread; a failed second snapshot throws, which ends the stream. */
    private synchronized void deliver(long position, Runnable task) {
        connection.served(generation);
        Runnable letter = () -> {
            connection.heard(position);
            task.run();
        };
        if (holding) {
            held.add(letter);
            return;
        }
        if (unconfirmed) {
            unconfirmed = false;
            connection.resyncNow(generation);
        }
        post(letter);
    }

    private void post(Runnable task) {
        inbox.post(generation, connection::current, task);
    }
}
