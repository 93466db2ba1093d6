package tally.eventstore.postgres;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreException;
import tally.eventstore.NodeLease;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogReader;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.groupcommit.PendingAppend;

/**
 * The log in PostgreSQL, shared by several nodes: each node opens one of these on the same
 * database. Its writer group-commits this node's appends under the log's lock
 * ({@link PostgresWriter}), and its doorbell rings for every node's commits ({@link HeadBell},
 * {@link NodeListener}). What a commit answers is durable as PostgreSQL makes commits durable
 * (its WAL, {@code synchronous_commit}): nothing of this node has to survive a kill.
 */
public final class PostgresEventStore implements EventStore, RawLogReader {
    private static final int MAX_STREAM = 100;
    private static final int MAX_ID = 64;
    private static final int MAX_FINGERPRINT = 128;

    private final EventCodec codec = new EventCodec();
    private final LogSql sql = new LogSql(codec);
    private final Doorbell doorbell;
    private final Connections connections;
    private final ReaderConnections readers;
    private final PostgresWriter writer;
    private final NodeListener listener;
    private final Thread writerThread;
    private final Thread listenerThread;
    private boolean closed;

    private PostgresEventStore(PostgresOptions options, Doorbell doorbell) throws SQLException {
        this.doorbell = doorbell;
        this.connections = new Connections(options);
        LogSchema.migrate(options);
        this.readers = new ReaderConnections(connections);
        var bell = new HeadBell(doorbell, readers.read(sql::head));
        this.writer = new PostgresWriter(connections, bell);
        this.listener = new NodeListener(connections, sql, bell);
        this.writerThread = new Thread(writer, "event-store-writer");
        this.listenerThread = new Thread(listener, "event-store-listener");
        // A store nobody closed must not keep the JVM alive; what it answered is committed.
        writerThread.setDaemon(true);
        listenerThread.setDaemon(true);
        writerThread.start();
        listenerThread.start();
    }

    /** Opens the log at {@code options.url()}, creating its tables if the database has none. */
    public static PostgresEventStore open(PostgresOptions options, Doorbell doorbell) {
        try {
            return new PostgresEventStore(options, doorbell);
        } catch (SQLException | RuntimeException e) {
            throw new EventStoreException("cannot open the event log at " + options.url() + ": "
                    + rootMessage(e), e);
        }
    }

    public static PostgresEventStore open(PostgresOptions options) {
        return open(options, new Doorbell());
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        List<String> data;
        try {
            requireLength("stream", request.stream(), MAX_STREAM);
            requireLength("commandId", request.commandId(), MAX_ID);
            requireLength("user", request.user(), MAX_ID);
            requireLength("fingerprint", request.fingerprint(), MAX_FINGERPRINT);
            data = new ArrayList<>(request.events().size());
            for (TallyEvent e : request.events()) {
                data.add(codec.toJson(e));
            }
        } catch (RuntimeException e) {
            return PostgresWriter.refused(e);
        }
        var pending = new PendingAppend(request, data, new CompletableFuture<>());
        writer.submit(pending);
        return pending.answer();
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        return read(c -> sql.readStream(c, stream));
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return read(c -> sql.readAll(c, afterPosition, limit));
    }

    @Override
    public long headPosition() {
        return read(sql::head);
    }

    /** Every row up to a head is committed and final: the copy's reads hold no lock. */
    @Override
    public List<RawEvent> rawEvents(long after, long upTo, int limit) {
        return read(c -> RawRows.events(c, after, upTo, limit));
    }

    /** Only the ids no event carries, as on H2 ({@link RawRows#commands}). */
    @Override
    public List<RawCommand> rawCommands(long upTo) {
        return read(c -> RawRows.commands(c, upTo));
    }

    @Override
    public Optional<AppendResult> findCommand(String commandId) {
        return Optional.ofNullable(read(c -> sql.commands(c, List.of(commandId))
                .get(commandId)));
    }

    @Override
    public Doorbell doorbell() {
        return doorbell;
    }

    @Override
    public boolean sharedWithOtherNodes() {
        return true;
    }

    /** A lock of its own session per role: {@link PostgresLease}. */
    @Override
    public NodeLease lease(String role) {
        return new PostgresLease(connections, role);
    }

    /** Tests only: see {@link PostgresWriter#beforeNextBatch}. */
    void beforeNextBatch(Runnable hook) {
        writer.beforeNextBatch(hook);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.stop();
        listener.stop();
        try {
            writerThread.join(TimeUnit.SECONDS.toMillis(30));
            listenerThread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.close();
    }

    private <T> T read(ReaderConnections.Query<T> query) {
        try {
            return readers.read(query);
        } catch (SQLException e) {
            throw new EventStoreException("could not read the event log: " + e.getMessage(), e);
        }
    }

    private static void requireLength(String name, String value, int max) {
        if (value != null && (value.isEmpty() || value.length() > max)) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
