package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreException;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.contract.LogChecks;

/** What only the H2 engine has: its folder, opened once per process, and compaction on close. */
class FolderAndCompactionTest {
    @TempDir
    Path dir;

    @Test
    void a_store_closed_with_compaction_reopens_with_everything_in_it() {
        var options = EventStoreOptions.in(dir).withCompactOnClose(true);
        try (var store = H2EventStore.open(options)) {
            appendReceipts(store, "SKU-1", 300);
        }
        try (var store = H2EventStore.open(options)) {
            assertThat(LogChecks.assertGaplessLog(store)).hasSize(300);
        }
        assertThat(Files.exists(dir.resolve("events.mv.db"))).isTrue();
    }

    @Test
    void a_folder_already_open_in_this_process_is_refused_by_name() {
        try (var store = TestStores.openIn(dir)) {
            assertThatThrownBy(() -> TestStores.openIn(dir))
                    .isInstanceOf(EventStoreException.class)
                    .hasMessageContaining(dir.toString()).hasMessageContaining("already open");
            TestStores.append(store, new ProductRegistered("SKU-1", "Bolt", 0));
        }
        try (var again = TestStores.openIn(dir)) {
            assertThat(again.headPosition()).isEqualTo(1);
        }
    }

    private static void appendReceipts(EventStore store, String sku, int count) {
        var events = new ArrayList<InventoryEvent>();
        for (int i = 1; i <= count; i++) {
            events.add(new StockReceived(sku, "A-1", i, null));
            if (events.size() == 100 || i == count) {
                TestStores.append(store, events.toArray(InventoryEvent[]::new));
                events.clear();
            }
        }
    }
}
