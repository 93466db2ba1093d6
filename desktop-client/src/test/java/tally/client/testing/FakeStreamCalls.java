package tally.client.testing;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage.Reset;
import tally.client.api.WireShapes.ProductHistory;

/**
 * The fake server's live streams and its switch to go down: streams can be answered with a
 * reset, held back as a loaded server does, or refused as a server without a stream.
 */
abstract class FakeStreamCalls extends FakeCsvCalls {
    final List<StreamListener> streams = new ArrayList<>();
    public final List<OptionalLong> streamsOpenedFrom = new ArrayList<>();
    private final List<StreamListener> held = new ArrayList<>();
    private boolean down;
    private int resetsToSend;
    private boolean holdNewStreams;

    /** The log's head, as a reset tells it. */
    abstract long head();

    /**
     * The fake keeps no figures per event, so it has no history to tell; the console's history
     * is tested against the real server (app-server's ConsoleHistoryTest).
     */
    @Override
    public synchronized ProductHistory history(String sku, String location) {
        reachable();
        throw FakeWarehouse.problem(404, "not-found", "the fake server keeps no history");
    }

    @Override
    public synchronized Closeable stream(OptionalLong lastEventId, StreamListener listener) {
        reachable();
        streamsOpenedFrom.add(lastEventId);
        if (resetsToSend > 0) {
            resetsToSend--;
            streams.add(listener);
            listener.message(new Reset(head()));
        } else if (holdNewStreams) {
            held.add(listener);
        } else {
            streams.add(listener);
        }
        return () -> {
            synchronized (this) {
                streams.remove(listener);
                held.remove(listener);
            }
        };
    }

    /** Takes the server down (open streams break) or brings it back. */
    public synchronized void setDown(boolean isDown) {
        down = isDown;
        if (isDown) {
            var broken = List.copyOf(streams);
            streams.clear();
            broken.forEach(s -> s.closed(new ServerUnreachable("connection reset", null)));
        }
    }

    public synchronized void sendResetOnNextStreams(int count) {
        resetsToSend = count;
    }

    /**
     * Like the real server under load: a stream opened now is subscribed only when
     * {@link #subscribeHeldStreams} is called, and hears nothing of what happens before.
     */
    public synchronized void holdNewStreams() {
        holdNewStreams = true;
    }

    /** Answers the held streams as a server without {@code /api/stream} would: 404. */
    public synchronized void refuseHeldStreams() {
        var refused = List.copyOf(held);
        held.clear();
        refused.forEach(s -> s.closed(new ProblemException(new ProblemDetails(
                "https://tally.dev/problems/not-found", "Not Found", 404, "no stream here",
                List.of()))));
    }

    public synchronized void subscribeHeldStreams() {
        holdNewStreams = false;
        streams.addAll(held);
        held.clear();
    }

    public synchronized int openStreams() {
        return streams.size();
    }

    @Override
    void up() {
        if (down) {
            throw new ServerUnreachable("no answer from fake.tally:8080: the connection was"
                    + " refused", new java.net.ConnectException("Connection refused"), true);
        }
    }
}
