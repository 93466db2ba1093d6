package tally.eventstore.h2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import tally.eventstore.ForwardingEventStore;

/** An {@link H2EventStore} in a folder of its own that is deleted when the store is closed. */
public final class TemporaryEventStore extends ForwardingEventStore {
    private final H2EventStore store;
    private final Path dir;

    TemporaryEventStore(H2EventStore store, Path dir) {
        super(store);
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
    public void close() {
        super.close();
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
