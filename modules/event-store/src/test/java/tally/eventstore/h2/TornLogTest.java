package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.AppendRequest;
import tally.eventstore.Durability;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.BatchRows.EventRow;
import tally.eventstore.h2.journal.Journal;

/**
 * H2's file torn between the events table and its (stream, version) index, as a kill -9 left it
 * once (KillNineTest): the tear is made here through H2's own index API, which changes one map
 * and not the other, and the clean-stop mark is taken away as the kill would have.
 */
class TornLogTest {
    private static final Instant AT = Instant.parse("2026-12-04T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_clean_close_leaves_the_mark_and_the_next_open_trusts_the_indexes() throws IOException {
        try (var store = TestStores.openIn(dir)) {
            assertThat(store.indexesRebuiltAtOpen()).as("a new log").isFalse();
            TestStores.append(store, receipt(1));
        }
        assertThat(dir.resolve(CleanStop.MARK)).exists();
        try (var store = TestStores.openIn(dir)) {
            assertThat(store.indexesRebuiltAtOpen()).isFalse();
            assertThat(dir.resolve(CleanStop.MARK)).as("taken while open").doesNotExist();
        }
    }

    @Test
    void a_row_its_index_lost_is_found_by_its_stream_again() throws Exception {
        appendThreeAndClose();
        tear(3, false);

        try (var store = TestStores.openIn(dir)) {
            assertThat(store.indexesRebuiltAtOpen()).isTrue();
            assertThat(store.readStream("product-A")).extracting(e -> e.version())
                    .containsExactly(1L, 2L, 3L);
            store.appendAndWait(AppendRequest.of("product-A", ExpectedVersion.exactly(3), "c-4",
                    receipt(4)));
        }
    }

    @Test
    void an_index_entry_whose_row_was_lost_does_not_refuse_the_row_the_journal_puts_back()
            throws Exception {
        appendThreeAndClose();
        tear(3, true);
        try (var journal = Journal.startAfter(dir, Durability.DEFAULT)) {
            journal.append(List.of(new BatchRows(AT, List.of(new EventRow(3, "product-A", 3,
                    "c-3", "clerk", "fp", "StockReceived", new EventCodec().toJson(receipt(3)))),
                    List.of())));
        }

        try (var store = TestStores.openIn(dir)) {
            assertThat(store.restoredAtOpen()).isEqualTo(1);
            assertThat(store.readStream("product-A")).extracting(e -> e.position())
                    .containsExactly(1L, 2L, 3L);
        }
    }

    private void appendThreeAndClose() {
        try (var store = TestStores.openIn(dir)) {
            for (int i = 1; i <= 3; i++) {
                TestStores.append(store, receipt(i));
            }
        }
    }

    /**
     * Takes the event at {@code position} out of the table only ({@code fromTable}) or out of the
     * (stream, version) index only, then leaves as a kill would: without the clean-stop mark.
     */
    private void tear(long position, boolean fromTable) throws SQLException, IOException {
        try (var c = DriverManager.getConnection(
                H2EventStore.jdbcUrl(EventStoreOptions.in(dir)), "tally", "")) {
            var session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            Table events = session.getDatabase().getSchema("PUBLIC")
                    .getTableOrView(session, "EVENTS");
            var row = events.getRow(session, position);
            Index index = fromTable ? events.getScanIndex(session) : events.getIndexes().stream()
                    .filter(i -> i.getName().startsWith("EVENTS_STREAM_VERSION"))
                    .findFirst().orElseThrow();
            index.remove(session, row);
            session.commit(false);
        }
        Files.delete(dir.resolve(CleanStop.MARK));
    }

    private static StockReceived receipt(int quantity) {
        return new StockReceived("A", "L-1", quantity, null);
    }
}
