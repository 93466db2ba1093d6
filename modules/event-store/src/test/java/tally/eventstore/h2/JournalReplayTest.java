package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Durability;
import tally.eventstore.EventStoreException;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.BatchRows.EventRow;
import tally.eventstore.h2.journal.Journal;

/**
 * The journal's replay into a store whose file lost the journal's rows, as after a kill -9
 * between two checkpoints (the journal's own records: JournalTest in the journal's package).
 */
class JournalReplayTest {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void reopening_puts_back_the_rows_after_the_head_and_deletes_the_journal() throws IOException {
        try (var store = TestStores.openIn(dir)) {
            TestStores.append(store, receipt(1), receipt(2));
        }
        writeSegment(new BatchRows(AT, List.of(row(2, "c-2"), row(3, "c-3"), row(4, "c-3")),
                List.of(new AppendResult("count-1", "product-A", 4, 4, false, "fp",
                        "counter"))));

        try (var store = TestStores.openIn(dir)) {
            assertThat(store.restoredAtOpen()).isEqualTo(3);
            assertThat(store.headPosition()).isEqualTo(4);
            assertThat(store.readAll(0, 10)).extracting(e -> e.position()).containsExactly(1L,
                    2L, 3L, 4L);
            assertThat(store.readAll(2, 1).get(0).occurredAt()).isEqualTo(AT);
            assertThat(store.readAll(1, 10)).extracting(e -> e.user())
                    .as("position 2 was in the file already, without a user")
                    .containsExactly(null, "clerk-3", "clerk-4");
            assertThat(store.findCommand("count-1")).map(AppendResult::user).contains("counter");
            assertThat(store.appendAndWait(AppendRequest.of("product-A", ExpectedVersion.ANY,
                    "c-3", receipt(9))).duplicate()).isTrue();
        }
        assertThat(Journal.readAll(dir)).isEmpty();
        try (var store = TestStores.openIn(dir)) {
            assertThat(store.restoredAtOpen()).isZero();
            assertThat(store.headPosition()).isEqualTo(4);
        }
    }

    @Test
    void a_journal_that_would_leave_a_gap_is_refused_and_kept() throws IOException {
        try (var store = TestStores.openIn(dir)) {
            TestStores.append(store, receipt(1));
        }
        writeSegment(new BatchRows(AT, List.of(row(3, "c-3")), List.of()));

        assertThatThrownBy(() -> TestStores.openIn(dir)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("from position 2 to 3 it holds 1 events");
        assertThat(Journal.readAll(dir)).hasSize(1);
    }

    @Test
    void rows_the_file_lost_below_its_head_are_put_back_from_the_journal() throws Exception {
        try (var store = TestStores.openIn(dir)) {
            for (int i = 1; i <= 4; i++) {
                TestStores.append(store, receipt(i));
            }
        }
        // As H2's file came back once after a kill: a later batch kept, an earlier one lost.
        try (var c = java.sql.DriverManager.getConnection(
                H2EventStore.jdbcUrl(EventStoreOptions.in(dir)), "tally", "")) {
            c.createStatement().execute("DELETE FROM events WHERE position IN (2, 3)");
        }
        writeSegment(new BatchRows(AT, List.of(row(2, "c-2"), row(3, "c-3")), List.of()));

        try (var store = TestStores.openIn(dir)) {
            assertThat(store.restoredAtOpen()).isEqualTo(2);
            assertThat(store.readAll(0, 10)).extracting(e -> e.position()).containsExactly(1L,
                    2L, 3L, 4L);
        }
    }

    @Test
    void a_journal_left_by_the_version_before_users_is_replayed_after_the_upgrade()
            throws Exception {
        // The old server had migrated its file to V2 and was killed before H2 wrote its rows.
        TestStores.logOfSchema(dir, "2");
        Files.copy(Path.of(getClass().getResource("/journal-format-1/events.journal.1").toURI()),
                dir.resolve("events.journal.1"));

        try (var store = TestStores.openIn(dir)) {
            assertThat(store.restoredAtOpen()).isEqualTo(3);
            assertThat(store.readAll(0, 10)).extracting(e -> e.commandId() + " " + e.user())
                    .containsExactly("c-1 null", "c-2 null");
            assertThat(store.findCommand("count-1")).isPresent();
            store.appendAndWait(new AppendRequest("product-OLD-1", ExpectedVersion.exactly(2),
                    "c-3", "operator", null,
                    List.of(new StockReceived("OLD-1", "A-01", 1, null))));
            assertThat(store.readStream("product-OLD-1")).extracting(e -> e.user())
                    .containsExactly(null, null, "operator");
        }
    }

    private void writeSegment(BatchRows batch) throws IOException {
        try (var journal = Journal.startAfter(dir, Durability.DEFAULT)) {
            journal.append(List.of(batch));
        }
    }

    private static EventRow row(long position, String commandId) {
        return new EventRow(position, "product-A", position, commandId, "clerk-" + position,
                "fp", "StockReceived", new EventCodec().toJson(receipt((int) position)));
    }

    private static StockReceived receipt(int quantity) {
        return new StockReceived("A", "L-1", quantity, "ref-" + "x".repeat(quantity * 100));
    }
}
