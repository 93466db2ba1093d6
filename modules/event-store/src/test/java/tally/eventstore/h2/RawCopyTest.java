package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
import tally.eventstore.EventStoreException;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;

/**
 * The seam a backup and a move to another engine use: the rows read raw up to a head and put
 * into an empty store make the same log, positions, times, users, fingerprints and command ids
 * included, and a gap or a folder that holds a log is refused.
 */
class RawCopyTest {
    @TempDir
    Path from;
    @TempDir
    Path to;

    @Test
    void a_copy_up_to_a_head_opens_as_the_same_log_with_the_same_command_ids() {
        AppendResult empty;
        List<StoredEvent> original;
        List<RawCommand> commands;
        long head;
        try (H2EventStore store = TestStores.openIn(from)) {
            for (TallyEvent e : SampleEvents.oneOfEach("SKU-1")) {
                store.appendAndWait(new AppendRequest(StoredEvent.streamOf("SKU-1"),
                        ExpectedVersion.ANY, "c-" + e.getClass().getSimpleName(), "ann",
                        "fp-" + e.getClass().getSimpleName(), List.of(e)));
            }
            empty = store.appendAndWait(new AppendRequest(StoredEvent.streamOf("SKU-1"),
                    ExpectedVersion.ANY, "count-matched", "bob", "fp-count", List.of()));
            head = store.headPosition();
            store.appendAndWait(AppendRequest.of(StoredEvent.streamOf("SKU-2"),
                    ExpectedVersion.ANY, "after-head", new StockReceived("SKU-2", "B", 1, null)));
            original = store.readAll(0, 1000).subList(0, (int) head);
            commands = store.rawCommands(head);
            try (H2LogImport copy = H2LogImport.into(to)) {
                long after = 0;
                for (List<RawEvent> page; !(page = store.rawEvents(after, head, 3)).isEmpty(); ) {
                    copy.add(page);
                    after = page.getLast().position();
                }
                copy.addCommands(commands);
                copy.finish();
            }
        }
        assertThat(commands).extracting(RawCommand::commandId).containsExactly("count-matched");

        try (H2EventStore copy = TestStores.openIn(to)) {
            assertThat(copy.indexesRebuiltAtOpen()).isFalse();
            assertThat(copy.headPosition()).isEqualTo(head);
            assertThat(copy.readAll(0, 1000)).isEqualTo(original);
            assertThat(copy.findCommand("count-matched")).contains(empty);
            AppendResult retry = copy.appendAndWait(new AppendRequest(
                    StoredEvent.streamOf("SKU-1"), ExpectedVersion.ANY, "c-StockReceived",
                    "ann", "fp-StockReceived", List.of(new StockReceived("SKU-1", "B", 1, null))));
            assertThat(retry.duplicate()).isTrue();
            assertThat(copy.headPosition()).isEqualTo(head);
            assertThat(copy.findCommand("after-head")).isEmpty();
        }
    }

    @Test
    void rows_with_a_gap_are_refused_and_leave_nothing_half_added() {
        var rows = new ArrayList<RawEvent>();
        rows.add(row(1));
        rows.add(row(3));
        try (H2LogImport copy = H2LogImport.into(to)) {
            assertThatThrownBy(() -> copy.add(rows)).isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("position 3 where 2 was due");
            assertThat(copy.imported()).isZero();

            copy.add(List.of(row(1), row(2)));
            assertThat(copy.imported()).isEqualTo(2);
            copy.finish();
        }
        try (H2EventStore copy = TestStores.openIn(to)) {
            assertThat(copy.headPosition()).isEqualTo(2);
        }
    }

    @Test
    void a_folder_that_holds_a_log_is_refused() {
        TestStores.openIn(from).close();
        assertThat(Files.exists(from.resolve("events.mv.db"))).isTrue();
        assertThatThrownBy(() -> H2LogImport.into(from)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("there is a log in");
    }

    private static RawEvent row(long position) {
        return new RawEvent(position, "product-X", position, "StockReceived",
                java.time.Instant.parse("2026-12-04T10:00:00Z"), null, null, null, "{}");
    }
}
