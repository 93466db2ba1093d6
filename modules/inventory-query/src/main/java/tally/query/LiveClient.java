package tally.query;

import io.micronaut.http.sse.Event;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

/**
 * One connected {@code /api/stream} client: a bounded queue drained only as fast as the
 * connection asks for more. A client that falls {@code capacity} messages behind gets one
 * {@code reset} and is dropped, so it neither slows the others nor grows the server's memory.
 */
final class LiveClient {

    /** One message of the stream; {@code json} is written once and shared by every client. */
    record Message(long id, String kind, String json) {
        Event<String> asEvent() {
            return Event.of(json).id(Long.toString(id)).name(kind);
        }
    }

    /**
     * After the first message, the next wait this long. Micronaut 4.10 loses the response of a
     * stream whose further items arrive before it has written the first one ("onNext before
     * request?", micronaut-core PR 13273); a client's first message is what starts it.
     */
    private static final long HOLD_AFTER_FIRST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final FluxSink<Event<String>> sink;
    private final int capacity;
    private final Deque<Message> queue = new ArrayDeque<>();
    private boolean closing;
    private boolean draining;
    private boolean completed;
    private boolean sentFirst;
    private boolean drainScheduled;
    private long holdUntil;

    LiveClient(FluxSink<Event<String>> sink, int capacity) {
        this.sink = sink;
        this.capacity = capacity;
    }

    /** Queues a message; answers false once this client is being dropped. */
    boolean offer(Message m) {
        synchronized (this) {
            if (closing) {
                return false;
            }
            if (queue.size() >= capacity) {
                queue.clear();
                queue.add(new Message(m.id(), "reset",
                        "{\"reason\":\"too far behind; query afresh and reconnect\"}"));
                closing = true;
            } else {
                queue.add(m);
            }
        }
        drain();
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
                sink.next(queue.poll().asEvent());
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

    /** A dropped client that does not even read its reset: end the response regardless. */
    synchronized void forceClose() {
        if (!completed && !sink.isCancelled()) {
            completed = true;
            sink.error(new IllegalStateException("live client too slow; dropped"));
        }
    }
}
