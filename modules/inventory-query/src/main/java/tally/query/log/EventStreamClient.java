package tally.query.log;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.FluxSink;

/**
 * One follower of {@code GET /api/events/stream}: sends a page of the log each time its
 * connection asks for more and the log has more, from the position it has reached; otherwise
 * it waits for the doorbell. Its memory is that position, whatever the log's length.
 */
final class EventStreamClient {
    /**
     * After the first write, the next waits this long: Micronaut 4.10 loses the response of a
     * stream whose further items arrive before it has written the first (see the live stream's
     * LiveClient). The first write is a comment line that says where the stream starts.
     */
    private static final long HOLD_AFTER_FIRST_MILLIS = 50;

    /** A page's messages as one write, and the position of its last event. */
    record Page(byte[] bytes, long last) {
    }

    /** Reads the page after a position: null when the log has nothing after it yet. */
    interface Pages {
        Page after(long position, int max);
    }

    private final FluxSink<byte[]> sink;
    private final Pages pages;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean again;
    private volatile boolean ended;
    private boolean greeted;
    private volatile long position;

    EventStreamClient(FluxSink<byte[]> sink, long after, Pages pages,
                      ScheduledExecutorService executor) {
        this.sink = sink;
        this.position = after;
        this.pages = pages;
        this.executor = executor;
    }

    /** There may be more to send, or more wanted: reads on the executor, never here. */
    void wake() {
        again = true;
        if (!ended && scheduled.compareAndSet(false, true)) {
            run(0);
        }
    }

    /** The position of the last event handed to the connection. */
    long position() {
        return position;
    }

    /** The server is stopping: the response ends. */
    synchronized void end() {
        ended = true;
        sink.complete();
    }

    private void run(long delayMillis) {
        try {
            executor.schedule(this::pump, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // stopping
        }
    }

    private void pump() {
        try {
            synchronized (this) {
                if (!greeted) {
                    greeted = true;
                    sink.next((": the log after position " + position + "\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    run(HOLD_AFTER_FIRST_MILLIS);
                    return;
                }
                do {
                    again = false;
                    while (!ended && !sink.isCancelled() && sink.requestedFromDownstream() > 0) {
                        Page page = pages.after(position, EventStream.PAGE);
                        if (page == null) {
                            break;
                        }
                        position = page.last();
                        sink.next(page.bytes());
                    }
                } while (again && !ended && sink.requestedFromDownstream() > 0);
            }
        } catch (RuntimeException e) {
            ended = true;
            sink.error(e); // the log could not be read: the client reconnects with its last id
        }
        scheduled.set(false);
        if (again && !ended) {
            wake();
        }
    }
}
