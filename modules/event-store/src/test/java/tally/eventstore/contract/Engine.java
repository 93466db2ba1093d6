package tally.eventstore.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tally.eventstore.EventStore;
import tally.eventstore.h2.H2EventStore;
import tally.eventstore.h2.H2WriterGate;
import tally.eventstore.h2.TestStores;
import tally.eventstore.postgres.PostgresEventStore;
import tally.eventstore.postgres.PostgresWriterGate;
import tally.eventstore.postgres.TestPostgres;

/**
 * The engines every contract test runs on: {@code @ParameterizedTest @EnumSource(Engine.class)}.
 * Each gives a fresh, empty log ({@link #freshLog()}) that a test may open, close and open again;
 * PostgreSQL's may be opened by several stores at once, as several nodes would.
 */
public enum Engine {
    H2 {
        @Override
        public TestLog freshLog() {
            Path dir;
            try {
                dir = Files.createTempDirectory("tally-events-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TestLog(() -> TestStores.openIn(dir), () -> TestStores.deleteFolder(dir));
        }
    },
    POSTGRES {
        @Override
        public TestLog freshLog() {
            var server = TestPostgres.server();
            var options = server.options(server.freshDatabase());
            return new TestLog(() -> PostgresEventStore.open(options), () -> { });
        }
    };

    public abstract TestLog freshLog();

    /**
     * Holds the store's writer at its next batch until the returned gate is run, so that
     * everything queued meanwhile makes one batch.
     */
    public static Runnable holdWriter(EventStore store) {
        EventStore engine = store instanceof ClosingStore c ? c.inner() : store;
        return switch (engine) {
            case H2EventStore h2 -> H2WriterGate.holdWriter(h2)::release;
            case PostgresEventStore pg -> PostgresWriterGate.holdWriter(pg)::release;
            default -> throw new IllegalArgumentException("no writer to hold in " + engine);
        };
    }

    /** A fresh log, opened: what most contract tests need. */
    public EventStore open() {
        return freshLog().openDeletingOnClose();
    }
}
