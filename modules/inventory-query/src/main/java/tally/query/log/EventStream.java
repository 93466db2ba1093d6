package tally.query.log;

import com.google.common.eventbus.Subscribe;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import reactor.core.publisher.Flux;
import tally.events.StoredEvent;
import tally.query.StreamClients;
import tally.eventstore.EventStore;
import tally.eventstore.EventsCommitted;

/**
 * The raw log as Server-Sent Events, one client at a time reading it page by page
 * ({@link EventStreamClient}): what a client has not asked for is not read, so a slow consumer
 * costs a position and at most a page, however far behind it falls, and catches up from the
 * log. The doorbell only wakes the clients; what they send comes from the log.
 */
@Singleton
public final class EventStream implements GracefulShutdownCapable, StreamClients {
    /** Events read and sent in one write: a page of {@code GET /api/events}'s largest. */
    static final int PAGE = 1000;

    private final EventStore store;
    private final JsonMapper json;
    private final Set<EventStreamClient> clients = ConcurrentHashMap.newKeySet();
    // Reads are JDBC calls: never on the event loop. Two threads: the log's readers are few.
    private final ScheduledExecutorService readers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "events-stream");
        t.setDaemon(true);
        return t;
    });

    EventStream(EventStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** The events after {@code after}, caught up and then live, until the client leaves. */
    Flux<byte[]> follow(long after) {
        return Flux.create(sink -> {
            var client = new EventStreamClient(sink, after, this::page, readers);
            clients.add(client);
            sink.onRequest(n -> client.wake());
            sink.onDispose(() -> clients.remove(client));
        });
    }

    int clients() {
        return clients.size();
    }

    @Override
    public String path() {
        return "/api/events/stream";
    }

    @Override
    public int connected() {
        return clients.size();
    }

    /** How far the furthest client has been sent: what a test of backpressure watches. */
    long furthestSent() {
        return clients.stream().mapToLong(EventStreamClient::position).max().orElse(0);
    }

    @PostConstruct
    void start() {
        store.doorbell().register(this);
    }

    @PreDestroy
    void stop() {
        store.doorbell().unregister(this);
        readers.shutdownNow();
    }

    /** On the writer's thread: only wakes the clients; they read on their own threads. */
    @Subscribe
    public void on(EventsCommitted notice) {
        clients.forEach(EventStreamClient::wake);
    }

    /** On SIGTERM: every stream ends, so the server does not wait out its grace period. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        clients.forEach(EventStreamClient::end);
        clients.clear();
        return CompletableFuture.completedFuture(null);
    }

    /** The messages of the events after {@code after}, at most {@code max}, as one write. */
    private EventStreamClient.Page page(long after, int max) {
        List<StoredEvent> events = store.readAll(after, max);
        if (events.isEmpty()) {
            return null;
        }
        var out = new ByteArrayOutputStream(events.size() * 256);
        for (StoredEvent e : events) {
            out.writeBytes(("id: " + e.position() + "\nevent: " + e.type() + "\ndata: ")
                    .getBytes(StandardCharsets.UTF_8));
            try {
                out.writeBytes(json.writeValueAsBytes(EventLogController.itemOf(e)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            out.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        return new EventStreamClient.Page(out.toByteArray(),
                events.get(events.size() - 1).position());
    }
}
