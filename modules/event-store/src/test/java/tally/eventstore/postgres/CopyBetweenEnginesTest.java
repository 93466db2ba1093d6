package tally.eventstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.EventStoreException;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogImporter;
import tally.eventstore.RawLogReader;
import tally.eventstore.h2.H2EventStore;
import tally.eventstore.h2.H2LogImport;
import tally.eventstore.h2.SampleEvents;
import tally.eventstore.h2.TestStores;

/**
 * A site's log moved from H2 into PostgreSQL through the raw-copy seam, and back: it opens as
 * the same log (every event, position, time and user), answers every command id as the
 * original did (the ids on events, whose {@code commands} rows the importer makes, and the id
 * of an append of nothing), takes a retry of a copied id as the first, and refuses a reuse.
 */
class CopyBetweenEnginesTest {
    private final TestPostgres server = TestPostgres.server();
    @TempDir
    Path h2;
    @TempDir
    Path back;

    @Test
    void an_h2_log_copied_into_postgres_is_the_same_log_and_back_again() {
        List<StoredEvent> original;
        List<AppendResult> answers = new ArrayList<>();
        PostgresOptions pg = server.options(server.freshDatabase());
        try (H2EventStore store = TestStores.openIn(h2)) {
            for (TallyEvent e : SampleEvents.oneOfEach("SKU-1")) {
                answers.add(store.appendAndWait(new AppendRequest(StoredEvent.streamOf("SKU-1"),
                        ExpectedVersion.ANY, "c-" + e.getClass().getSimpleName(), "ann",
                        "fp-" + e.getClass().getSimpleName(), List.of(e))));
            }
            // Three events under one id: with pages of 2 they straddle a page; the answer is
            // the last one's.
            answers.add(store.appendAndWait(new AppendRequest(StoredEvent.streamOf("SKU-2"),
                    ExpectedVersion.ANY, "three", "bob", "fp-three", List.of(
                    receipt("SKU-2", 1), receipt("SKU-2", 2), receipt("SKU-2", 3)))));
            answers.add(store.appendAndWait(new AppendRequest(StoredEvent.streamOf("SKU-1"),
                    ExpectedVersion.ANY, "count-matched", "bob", "fp-count", List.of())));
            store.appendAndWait(AppendRequest.of(StoredEvent.streamOf("SKU-3"),
                    ExpectedVersion.ANY, null, receipt("SKU-3", 4))); // no id, no user
            original = store.readAll(0, 1000);
            copy(store, PostgresLogImport.into(pg));
        }

        try (PostgresEventStore copy = PostgresEventStore.open(pg)) {
            assertThat(copy.headPosition()).isEqualTo(original.size());
            assertThat(copy.readAll(0, 1000)).isEqualTo(original);
            for (AppendResult first : answers) {
                assertThat(copy.findCommand(first.commandId())).contains(first);
            }
            AppendResult retry = copy.appendAndWait(new AppendRequest(
                    StoredEvent.streamOf("SKU-2"), ExpectedVersion.ANY, "three", "bob",
                    "fp-three", List.of(receipt("SKU-2", 9))));
            assertThat(retry.duplicate()).isTrue();
            assertThat(retry.position()).isEqualTo(answers.get(answers.size() - 2).position());
            CommandIdReused reused = catchThrowableOfType(() -> copy.appendAndWait(
                    new AppendRequest(StoredEvent.streamOf("SKU-1"), ExpectedVersion.ANY,
                            "count-matched", "bob", "fp-other", List.of(receipt("SKU-1", 1)))),
                    CommandIdReused.class);
            assertThat(reused.first()).isEqualTo(answers.getLast());
            assertThat(copy.headPosition()).isEqualTo(original.size());
            assertThat(copy.rawCommands(copy.headPosition())).extracting(RawCommand::commandId)
                    .containsExactly("count-matched");

            copy(copy, H2LogImport.into(back));
        }
        try (H2EventStore again = TestStores.openIn(back)) {
            assertThat(again.readAll(0, 1000)).isEqualTo(original);
            for (AppendResult first : answers) {
                assertThat(again.findCommand(first.commandId())).contains(first);
            }
        }
    }

    @Test
    void a_log_that_is_not_empty_is_refused_and_left_as_it_was() {
        PostgresOptions pg = server.options(server.freshDatabase());
        try (PostgresEventStore live = PostgresEventStore.open(pg)) {
            live.appendAndWait(AppendRequest.of(StoredEvent.streamOf("SKU-1"),
                    ExpectedVersion.ANY, "c1", receipt("SKU-1", 1)));
        }
        assertThatThrownBy(() -> PostgresLogImport.into(pg))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("is not empty");
        try (PostgresEventStore live = PostgresEventStore.open(pg)) {
            assertThat(live.headPosition()).isEqualTo(1);
        }
    }

    @Test
    void a_gap_is_refused_and_a_copy_not_finished_leaves_the_log_empty() {
        PostgresOptions pg = server.options(server.freshDatabase());
        try (PostgresLogImport copy = PostgresLogImport.into(pg)) {
            copy.add(List.of(row(1), row(2)));
            assertThatThrownBy(() -> copy.add(List.of(row(4))))
                    .isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("position 4 where 3 was due");
            assertThat(copy.imported()).isEqualTo(2);
        }
        try (PostgresEventStore live = PostgresEventStore.open(pg)) {
            assertThat(live.headPosition()).isZero();
        }
    }

    private static void copy(RawLogReader from, RawLogImporter into) {
        try (into) {
            long head = from.headPosition();
            long after = 0;
            for (List<RawEvent> page; !(page = from.rawEvents(after, head, 2)).isEmpty(); ) {
                into.add(page);
                after = page.getLast().position();
            }
            into.addCommands(from.rawCommands(head));
            into.finish();
        }
    }

    private static StockReceived receipt(String sku, int quantity) {
        return new StockReceived(sku, "B", quantity, null);
    }

    private static RawEvent row(long position) {
        return new RawEvent(position, "product-X", position, "StockReceived",
                java.time.Instant.parse("2026-12-04T10:00:00Z"), null, null, null,
                "{\"sku\":\"X\",\"location\":\"B\",\"quantity\":1,\"reason\":null}");
    }
}
