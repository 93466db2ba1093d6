package tally.query.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

/**
 * One connected {@code /api/stream} client: a bounded queue drained only as fast as the
 * connection asks for more, what has piled up going out in one write. A client that falls
 * {@code capacity} messages behind gets one {@code reset} and is dropped, so it neither slows
 * the others nor grows the server's memory.
 */
final class LiveClient {

    /** Most bytes one write carries: what a client has queued goes out together. */
    private static final int MAX_WRITE = 64 * 1024;

    /**
     * One message of the stream, encoded once as {@code text/event-stream} and shared by every
     * client. The JSON holds no line break, so it is one {@code data:} line.
     */
    record Message(StreamId id, String kind, byte[] wire) {
        static Message of(StreamId id, String kind, String json) {
            return new Message(id, kind, ("id: " + id + "\nevent: " + kind + "\ndata: " + json
                    + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * After the first message, the next wait this long. Micronaut 4.10 loses the response of a
     * stream whose further items arrive before it has written the first one ("onNext before
     * request?", micronaut-core PR 13273); a client's first message is what starts it.
     */
    private static final long HOLD_AFTER_FIRST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final FluxSink<byte[]> sink;
    private final int capacity;
    private final Deque<Message> queue = new ArrayDeque<>();
    private boolean closing;
    private boolean draining;
    private boolean completed;
    private boolean sentFirst;
    private boolean drainScheduled;
    private long holdUntil;

    LiveClient(FluxSink<byte[]> sink, int capacity) {
        this.sink = sink;
        this.capacity = capacity;
    }

    /**
     * Queues messages for the next {@link #drain}; answers false once this client is dropped.
     * Queued rather than sent, so that what several commits publish within a few milliseconds
     * goes out in one write.
     */
    boolean offer(List<Message> messages) {
        synchronized (this) {
            for (Message m : messages) {
                if (closing) {
                    return false;
                }
                if (queue.size() >= capacity) {
                    queue.clear();
                    queue.add(Message.of(m.id(), "reset",
                            "{\"reason\":\"too far behind; query afresh and reconnect\"}"));
                    closing = true;
                } else {
                    queue.add(m);
                }
            }
        }
        return true;
    }

    synchronized boolean closing() {
        return closing;
    }

    synchronized int queued() {
        return queue.size();
    }

    /** Sends what the connection has asked for. Re-entrant calls leave the work to the loop. */
    synchronized void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!queue.isEmpty() && sink.requestedFromDownstream() > 0) {
                if (sentFirst && System.nanoTime() < holdUntil) {
                    drainLater();
                    return;
                }
                sink.next(sentFirst ? nextWrite() : queue.poll().wire());
                if (!sentFirst) {
                    sentFirst = true;
                    holdUntil = System.nanoTime() + HOLD_AFTER_FIRST_NANOS;
                }
            }
            if (closing && queue.isEmpty() && !completed) {
                completed = true;
                sink.complete();
            }
        } finally {
            draining = false;
        }
    }

    /** What is queued, up to {@link #MAX_WRITE} bytes, as one write: one syscall, not many. */
    private byte[] nextWrite() {
        if (queue.size() == 1 || queue.peek().wire().length >= MAX_WRITE) {
            return queue.poll().wire();
        }
        int size = 0;
        int count = 0;
        for (Message m : queue) {
            if (size + m.wire().length > MAX_WRITE) {
                break;
            }
            size += m.wire().length;
            count++;
        }
        byte[] write = new byte[size];
        int at = 0;
        for (int i = 0; i < count; i++) {
            byte[] wire = queue.poll().wire();
            System.arraycopy(wire, 0, write, at, wire.length);
            at += wire.length;
        }
        return write;
    }

    private void drainLater() {
        if (!drainScheduled) {
            drainScheduled = true;
            Schedulers.parallel().schedule(() -> {
                synchronized (this) {
                    drainScheduled = false;
                }
                drain();
            }, Math.max(1, holdUntil - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    /** The server is stopping: the response ends now, and what is queued is not sent. */
    synchronized void end() {
        if (!completed && !sink.isCancelled()) {
            completed = true;
            queue.clear();
            sink.complete();
        }
    }

    /** A dropped client that does not even read its reset: end the response regardless. */
    synchronized void forceClose() {
        if (!completed && !sink.isCancelled()) {
            completed = true;
            sink.error(new IllegalStateException("live client too slow; dropped"));
        }
    }
}
