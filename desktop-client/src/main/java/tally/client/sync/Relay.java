package tally.client.sync;

import java.util.ArrayList;
import java.util.List;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage;
import tally.client.api.StreamMessage.ReadModelChange;
import tally.client.api.StreamMessage.Reset;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;

/**
 * Carries one stream's messages, from the api's reader thread, to the connection's inbox.
 *
 * <p>A stream followed from now (no {@code Last-Event-ID}) is opened before its snapshot is
 * queried, and holds its changes back until that snapshot is in, so that nothing falls
 * between them. The server may still have subscribed it only after the snapshot's queries
 * were answered, and that cannot be seen from here (it answers the request only with its
 * first message), so the first change after the snapshot brings a second one, ahead of it.
 */
final class Relay implements StreamListener {
    private final Connection connection;
    private final int generation;
    private final Inbox inbox;
    private final List<ReadModelChange> held = new ArrayList<>();
    private boolean holding;
    private boolean unconfirmed;

    private Relay(Connection connection, int generation, Inbox inbox, boolean fromNow) {
        this.connection = connection;
        this.generation = generation;
        this.inbox = inbox;
        this.holding = fromNow;
        this.unconfirmed = fromNow;
    }

    /** For a stream resumed from a snapshot's position: every change goes straight on. */
    static Relay resuming(Connection connection, int gen, Inbox inbox) {
        return new Relay(connection, gen, inbox, false);
    }

    /** For a stream followed from now: holds changes until {@link #release} is called. */
    static Relay fromNow(Connection connection, int gen, Inbox inbox) {
        return new Relay(connection, gen, inbox, true);
    }

    /** The snapshot queried after this stream was opened: it goes first, then what was held. */
    synchronized void release(Snapshot snapshot) {
        post(new Resynced(snapshot));
        holding = false;
        if (!held.isEmpty()) {
            unconfirmed = false;
            connection.resyncNow(generation);
            held.forEach(change -> post(new Changed(change)));
            held.clear();
        }
    }

    @Override
    public void message(StreamMessage message) {
        switch (message) {
            case Reset reset -> connection.reset(generation);
            case ReadModelChange change -> deliver(change);
        }
    }

    @Override
    public void closed(Throwable cause) {
        if (cause != null) {
            connection.failed(generation, cause);
        }
    }

    /** On the reader thread; a failed second snapshot throws, which ends the stream. */
    private synchronized void deliver(ReadModelChange change) {
        connection.served(generation);
        if (holding) {
            held.add(change);
            return;
        }
        if (unconfirmed) {
            unconfirmed = false;
            connection.resyncNow(generation);
        }
        post(new Changed(change));
    }

    private void post(LiveUpdate update) {
        inbox.post(generation, update);
    }
}
