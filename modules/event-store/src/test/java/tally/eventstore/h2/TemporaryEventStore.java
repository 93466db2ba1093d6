package tally.eventstore.h2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventStore;

/** An {@link H2EventStore} in a folder of its own that is deleted when the store is closed. */
public final class TemporaryEventStore implements EventStore {
    private final H2EventStore store;
    private final Path dir;

    TemporaryEventStore(H2EventStore store, Path dir) {
        this.store = store;
        this.dir = dir;
    }

    public H2EventStore store() {
        return store;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public CompletableFuture<AppendResult> append(AppendRequest request) {
        return store.append(request);
    }

    @Override
    public List<StoredEvent> readStream(String stream) {
        return store.readStream(stream);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
        return store.readAll(afterPosition, limit);
    }

    @Override
    public long headPosition() {
        return store.headPosition();
    }

    @Override
    public Optional<AppendResult> findCommand(String commandId) {
        return store.findCommand(commandId);
    }

    @Override
    public Doorbell doorbell() {
        return store.doorbell();
    }

    @Override
    public void close() {
        store.close();
        deleteRecursively(dir);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
