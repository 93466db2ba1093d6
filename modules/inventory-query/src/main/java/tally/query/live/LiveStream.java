package tally.query.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tally.query.StreamClients;
import tally.query.engine.ChangeFeed;
import tally.query.engine.Projection;
import tally.query.live.LiveClient.Message;

/**
 * {@code GET /api/stream}: every read model change, to every client, after its commit.
 *
 * <p>Ids never go down in the stream and each message has its own ({@link StreamId}): the
 * highest position published so far, and a count of the messages before it at that position. The
 * read models commit independently (one may lag), so a message about position 10 can follow one
 * about 12; it then carries id {@code 12-1}. A client resuming with {@code Last-Event-ID} gets
 * every kept message after that id: each once, none missed.
 */
@Singleton
final class LiveStream implements ChangeFeed, GracefulShutdownCapable, StreamClients {
    private static final long RESUME_WINDOW_NANOS = TimeUnit.MINUTES.toNanos(2);
    private static final long FLUSH_MILLIS = 15;
    private static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS);

    private final JsonMapper json;
    private final int ringSize;
    private final int clientBuffer;
    private final Deque<Message> ring = new ArrayDeque<>();
    private final Set<LiveClient> clients = new LinkedHashSet<>();
    private final Set<LiveClient> unsent = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(
            r -> {
                Thread t = new Thread(r, "live-stream-flusher");
                t.setDaemon(true);
                return t;
            });
    private final AtomicBoolean flushPending = new AtomicBoolean();
    private volatile long lastFlush = System.nanoTime() - FLUSH_NANOS;
    private long highWater;
    // The id of the newest message kept, and of the newest one no longer kept (or the position
    // this process started at): a client can resume from any id from there on.
    private StreamId last = StreamId.START;
    private StreamId floor = StreamId.START;
    private long lastClientLeft = System.nanoTime() - RESUME_WINDOW_NANOS;

    LiveStream(JsonMapper json,
               @Value("${tally.query.stream.ring:20000}") int ringSize,
               @Value("${tally.query.stream.client-buffer:10000}") int clientBuffer) {
        this.json = json;
        this.ringSize = ringSize;
        this.clientBuffer = clientBuffer;
    }

    /**
     * At most one send a client per {@link #FLUSH_MILLIS}, so that a busy log's commits go out
     * together; but the first change after a quiet spell goes out at once, rather than waiting
     * for a fixed tick (which added 0-15 ms to every screen's update, 7.5 on average, and woke
     * the server 66 times a second with nothing to send).
     */
    private void askForFlush() {
        if (flushPending.compareAndSet(false, true)) {
            long wait = lastFlush + FLUSH_NANOS - System.nanoTime();
            try {
                flusher.schedule(this::flush, Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                flushPending.set(false); // closing: nothing more is sent
            }
        }
    }

    /**
     * On SIGTERM, before the HTTP server waits for its open requests: a stream never ends by
     * itself, so one connected console made every stop wait out the whole grace period. Each
     * client's response ends; the console reconnects to the next server.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        List<LiveClient> connected;
        synchronized (this) {
            connected = List.copyOf(clients);
            clients.clear();
        }
        connected.forEach(LiveClient::end);
        return CompletableFuture.completedFuture(null);
    }

    @PreDestroy
    void close() {
        flusher.shutdownNow();
    }

    /** Sends what each client has queued: several commits go out in one write. */
    private void flush() {
        lastFlush = System.nanoTime();
        flushPending.set(false); // before the sweep: what is queued after it asks again
        for (Iterator<LiveClient> it = unsent.iterator(); it.hasNext(); ) {
            LiveClient client = it.next();
            it.remove();
            client.drain();
        }
    }

    /** Messages from before this process ran are gone: a client resuming from them gets reset. */
    @Override
    public synchronized void startAt(long position) {
        highWater = Math.max(highWater, position);
        // Messages at this position and before went out from another process, with ids that
        // may be given again here: a client resuming from one of them is told to query afresh.
        floor = max(floor, new StreamId(position, Integer.MAX_VALUE));
        last = max(last, new StreamId(position, 0));
    }

    private static StreamId max(StreamId a, StreamId b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public void publish(long position, List<Projection.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var texts = new ArrayList<String>(changes.size());
        for (Projection.Change change : changes) {
            texts.add(write(change.data()));
        }
        synchronized (this) {
            highWater = Math.max(highWater, position);
            var messages = new ArrayList<Message>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                last = last.next(highWater);
                messages.add(Message.of(last, changes.get(i).kind(), texts.get(i)));
            }
            send(messages);
        }
    }

    /** Tells every client to query afresh; they stay connected. */
    @Override
    public synchronized void reset(String reason) {
        if (clients.isEmpty() && !ring.isEmpty() && ring.peekLast().kind().equals("reset")) {
            return; // nobody to tell, and a resuming client is told already
        }
        last = last.next(highWater);
        send(List.of(resetMessage(reason)));
    }

    /**
     * Whether the rows a commit changes should be described: while a client is connected, and
     * for a while after the last one left, so that it can resume with {@code Last-Event-ID}.
     * Without, the projections skip the work and the ring records a reset instead.
     */
    @Override
    public synchronized boolean wanted() {
        return !clients.isEmpty() || System.nanoTime() - lastClientLeft < RESUME_WINDOW_NANOS;
    }

    /**
     * A new client: what it missed since {@code lastEventId} (if given), then {@code hello}
     * (the read models' status, so that it knows where they stand and its response starts at
     * once), then every message from now on.
     */
    Flux<byte[]> subscribe(String lastEventId, List<Projection.Change> hello) {
        var greeting = hello.stream().map(c -> new String[] {c.kind(), write(c.data())}).toList();
        return Flux.create(sink -> {
            var client = new LiveClient(sink, clientBuffer);
            synchronized (this) {
                if (lastEventId != null) {
                    replay(client, lastEventId);
                }
                // The greeting is this client's alone and never sent again: it carries the id
                // of the newest message, from which the client would resume.
                client.offer(greeting.stream().map(g -> Message.of(last, g[0], g[1])).toList());
                clients.add(client);
            }
            sink.onRequest(n -> client.drain());
            sink.onDispose(() -> forget(client));
        });
    }

    synchronized int clients() {
        return clients.size();
    }

    @Override
    public String path() {
        return "/api/stream";
    }

    @Override
    public int connected() {
        return clients();
    }

    private void send(List<Message> messages) {
        for (Message m : messages) {
            ring.addLast(m);
        }
        while (ring.size() > ringSize) {
            floor = max(floor, ring.removeFirst().id());
        }
        for (Iterator<LiveClient> it = clients.iterator(); it.hasNext(); ) {
            LiveClient client = it.next();
            unsent.add(client);
            if (client.offer(messages) && client.queued() >= clientBuffer / 2) {
                client.drain(); // a burst: do not wait for the flusher to send it
            }
            if (client.closing()) {
                it.remove();
                lastClientLeft = System.nanoTime();
                Schedulers.parallel().schedule(client::forceClose, 5, TimeUnit.SECONDS);
            }
        }
        askForFlush();
    }

    /** What the client missed after {@code lastEventId}, or one reset when that is not kept. */
    private void replay(LiveClient client, String lastEventId) {
        StreamId from = StreamId.parse(lastEventId);
        if (from == null || from.compareTo(floor) < 0 || from.position() > highWater) {
            client.offer(List.of(resetMessage("cannot resume from " + lastEventId + "; query afresh")));
            return;
        }
        var missed = new ArrayDeque<Message>();
        for (Iterator<Message> it = ring.descendingIterator(); it.hasNext(); ) {
            Message m = it.next();
            if (m.id().compareTo(from) <= 0) {
                break;
            }
            missed.addFirst(m);
            if (m.kind().equals("reset")) {
                break; // what came before a reset is superseded by querying afresh
            }
        }
        if (missed.size() >= clientBuffer) {
            client.offer(List.of(resetMessage("too much missed since " + from + "; query afresh")));
            return;
        }
        client.offer(List.copyOf(missed));
    }

    /** A reset for the ring gets an id of its own; one for a single client, the newest id. */
    private Message resetMessage(String reason) {
        return Message.of(last, "reset", write(java.util.Map.of("reason", reason)));
    }

    private synchronized void forget(LiveClient client) {
        if (clients.remove(client)) {
            lastClientLeft = System.nanoTime();
        }
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
