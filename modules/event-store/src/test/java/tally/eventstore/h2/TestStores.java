package tally.eventstore.h2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Durability;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;

/**
 * Event stores for tests, here and in other modules (through event-store's test-jar):
 * {@code try (var store = TestStores.temporary()) { ... }}, or {@code TestStores.openIn(tempDir)}
 * with a JUnit {@code @TempDir} when a test reopens the same folder.
 */
public final class TestStores {
    private TestStores() {
    }

    /** A store in a fresh folder under the system's temp folder, deleted again on close. */
    public static TemporaryEventStore temporary() {
        return temporary(Durability.DEFAULT);
    }

    public static TemporaryEventStore temporary(Durability durability) {
        Path dir;
        try {
            dir = Files.createTempDirectory("tally-events-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemporaryEventStore(openIn(dir, durability), dir);
    }

    /** Deletes a folder a closed store left. */
    public static void deleteFolder(Path dir) {
        TemporaryEventStore.deleteRecursively(dir);
    }

    /** A store in {@code dir}; the caller closes it, and may open the same folder again. */
    public static H2EventStore openIn(Path dir) {
        return openIn(dir, Durability.DEFAULT);
    }

    public static H2EventStore openIn(Path dir, Durability durability) {
        return H2EventStore.open(EventStoreOptions.in(dir).withDurability(durability));
    }

    /**
     * Leaves in {@code dir} a log as a version of Tally whose migrations went up to
     * {@code version} left it, holding the rows {@code inserts} put in: what an upgrade opens.
     */
    static void logOfSchema(Path dir, String version, String... inserts) throws SQLException {
        String url = H2EventStore.jdbcUrl(EventStoreOptions.in(dir));
        Flyway.configure().dataSource(url, "tally", "").locations("classpath:db/events")
                .table("events_schema_history").target(version).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "tally", "");
             Statement s = c.createStatement()) {
            for (String insert : inserts) {
                s.execute(insert);
            }
        }
    }

    /** Appends {@code events} to the stream of the first one's SKU, unchecked, with a new id. */
    public static AppendResult append(EventStore store, InventoryEvent... events) {
        String stream = StoredEvent.streamOf(events[0].sku());
        return store.appendAndWait(AppendRequest.of(stream, ExpectedVersion.ANY,
                UUID.randomUUID().toString(), events));
    }
}
