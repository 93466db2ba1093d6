package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.Durability;
import tally.eventstore.contract.LogChecks;

class FsyncModeTest {

    @Test
    void durability_reads_default_and_fsync_in_any_case_and_refuses_anything_else() {
        assertThat(Durability.parse(null)).isEqualTo(Durability.DEFAULT);
        assertThat(Durability.parse(" ")).isEqualTo(Durability.DEFAULT);
        assertThat(Durability.parse("default")).isEqualTo(Durability.DEFAULT);
        assertThat(Durability.parse(" FSync ")).isEqualTo(Durability.FSYNC);
        assertThatThrownBy(() -> Durability.parse("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tally.durability");
    }

    @Test
    void an_fsync_store_appends_concurrently_and_reopens_with_everything(@TempDir Path dir)
            throws Exception {
        try (var store = TestStores.openIn(dir, Durability.FSYNC)) {
            assertThat(store.options().durability()).isEqualTo(Durability.FSYNC);
            var threads = new java.util.ArrayList<Thread>();
            for (int t = 0; t < 4; t++) {
                String sku = "SKU-" + t;
                threads.add(new Thread(() -> {
                    for (int i = 1; i <= 25; i++) {
                        TestStores.append(store, new StockReceived(sku, "A-1", i, null));
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(30_000);
            }
            assertThat(store.headPosition()).isEqualTo(100);
        }
        try (var store = TestStores.openIn(dir, Durability.DEFAULT)) {
            assertThat(LogChecks.assertGaplessLog(store)).hasSize(100);
        }
    }
}
