package tally.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.Gtin;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.LocationEvent.LocationDefined;
import tally.events.StoredEvent;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.h2.H2EventStore;

class SampleWarehouseTest {

    @Test
    void seeds_fifty_products_in_forty_bins_with_a_history_that_keeps_the_rules(
            @TempDir Path dir) {
        try (var store = H2EventStore.open(EventStoreOptions.in(dir))) {
            SampleWarehouse.seedIfEmpty(store);
            var events = store.readAll(0, 10_000);
            assertThat(events).hasSize(SampleWarehouse.HISTORY + 40 + 50);
            Set<String> products = new HashSet<>();
            Set<String> bins = new HashSet<>();
            Set<String> defined = new HashSet<>();
            Map<String, Integer> stock = new HashMap<>();
            Map<String, String> barcodes = new HashMap<>();
            for (StoredEvent stored : events) {
                if (stored.event() instanceof LocationDefined d) {
                    assertThat(bins).as("defined before stock arrives").isEmpty();
                    assertThat(defined.add(d.location())).isTrue();
                    assertThat(d.capacity()).isEqualTo(SampleWarehouse.BIN_CAPACITY);
                    continue;
                }
                var e = (tally.events.InventoryEvent) stored.event(); // the sample makes no orders
                if (e instanceof ProductRegistered r) {
                    assertThat(products.add(r.sku())).as("registered once: " + r.sku()).isTrue();
                } else {
                    assertThat(products).as("registered before use").contains(e.sku());
                }
                if (e instanceof InventoryEvent.BarcodeAssigned b) {
                    assertThat(barcodes.put(b.sku(), b.barcode())).as("one each").isNull();
                    assertThat(Gtin.problemWith(b.barcode())).isNull();
                }
                if (e instanceof StockReceived r) {
                    bins.add(r.location());
                    stock.merge(r.sku() + "@" + r.location(), r.quantity(), Integer::sum);
                } else if (e instanceof StockPicked p) {
                    stock.merge(p.sku() + "@" + p.location(), -p.quantity(), Integer::sum);
                } else if (e instanceof StockMoved m) {
                    assertThat(m.from()).isNotEqualTo(m.to());
                    bins.add(m.to());
                    stock.merge(m.sku() + "@" + m.from(), -m.quantity(), Integer::sum);
                    stock.merge(m.sku() + "@" + m.to(), m.quantity(), Integer::sum);
                } else if (e instanceof StockAdjusted a) {
                    assertThat(a.delta()).isNotZero();
                    stock.merge(a.sku() + "@" + a.location(), a.delta(), Integer::sum);
                    assertThat(stock.get(a.sku() + "@" + a.location()))
                            .isEqualTo(a.countedQuantity());
                }
                assertThat(stock.values()).as("no bin below zero").allMatch(q -> q >= 0);
            }
            assertThat(products).hasSize(50);
            assertThat(barcodes).as("every product has an EAN-13, as 14 digits").hasSize(50)
                    .containsEntry("SKU-1001", "0" + SampleWarehouse.ean13Of("SKU-1001"))
                    .allSatisfy((sku, code) -> assertThat(code).startsWith("04000001"));
            assertThat(SampleWarehouse.ean13Of("SKU-1001")).isEqualTo("4000001010011");
            assertThat(bins).hasSize(40);
            assertThat(defined).as("every bin used is in the register").isEqualTo(bins);
        }
    }

    @Test
    void a_longer_history_goes_to_the_log_in_parts_each_stream_in_order(@TempDir Path dir) {
        int history = SampleWarehouse.PART + 2_500;
        try (var store = H2EventStore.open(EventStoreOptions.in(dir))) {
            SampleWarehouse.seedIfEmpty(store, history);
            var events = store.readAll(0, 20_000);
            assertThat(events).hasSize(history + 40 + 50);
            Map<String, Long> versions = new HashMap<>();
            for (StoredEvent e : events) {
                assertThat(e.version()).as(e.stream())
                        .isEqualTo(versions.merge(e.stream(), 1L, Long::sum));
            }
        }
    }

    @Test
    void leaves_a_log_that_has_anything_in_it_alone(@TempDir Path dir) {
        try (var store = H2EventStore.open(EventStoreOptions.in(dir))) {
            SampleWarehouse.seedIfEmpty(store);
            long head = store.headPosition();
            SampleWarehouse.seedIfEmpty(store);
            assertThat(store.headPosition()).isEqualTo(head);
        }
    }
}
