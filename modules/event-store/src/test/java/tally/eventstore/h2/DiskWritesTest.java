package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.EventStoreOptions;

/**
 * H2 stores its maps one after another; a store beside a commit left a row that only one
 * transaction number could see after a kill. So H2's file is written only between batches.
 */
class DiskWritesTest {
    @TempDir
    Path dir;

    @Test
    void a_store_waits_while_a_batch_is_being_written() throws Exception {
        try (Connection c = open()) {
            var disk = new DiskWrites(c);
            disk.batchFence().lock();
            CompletableFuture<Void> store;
            try {
                store = CompletableFuture.runAsync(disk::write);
                Thread.sleep(300);
                assertThat(store).as("no store while a batch holds the fence").isNotDone();
            } finally {
                disk.batchFence().unlock();
            }
            store.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void h2_never_stores_on_its_own_timer() throws Exception {
        try (Connection c = open()) {
            var store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            assertThat(store.getAutoCommitDelay()).isEqualTo(Integer.MAX_VALUE);
        }
    }

    private Connection open() throws Exception {
        return DriverManager.getConnection(H2EventStore.jdbcUrl(EventStoreOptions.in(dir)),
                "tally", "");
    }
}
