package tally.query.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockReceived;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.stock.StockAnswers.StockLine;
import tally.query.stock.StockAnswers.StockList;
import tally.query.testing.CaughtUp;
import tally.query.testing.ServerTest;
import tally.query.testing.Workload;

/**
 * The answers the {@code stock} read model gives from memory are the database's: compared at
 * every position random traffic reaches, again after a rebuild, and, while events keep coming,
 * every list read from memory is the log folded exactly up to the position it names.
 */
@MicronautTest
class StockFromMemoryTest extends ServerTest {
    @Inject
    StockFromMemory memory;
    @Inject
    StockQueries database;
    @Inject
    ReadModelSupervisor supervisor;

    @Test
    void memory_answers_what_the_database_does_at_every_position_and_after_a_rebuild() {
        var workload = new Workload(15, 12, 5);
        var random = new Random(15);
        long head = 0;
        for (int step = 0; step < 60; step++) {
            head = Workload.append(store, workload.next(1 + random.nextInt(6)));
            CaughtUp.await(supervisor, StockProjection.NAME, head);
            assertSameAnswers(head);
        }
        supervisor.rebuild(StockProjection.NAME);
        CaughtUp.await(supervisor, StockProjection.NAME, head);
        assertSameAnswers(head);
    }

    private void assertSameAnswers(long head) {
        StockList fromMemory = memory.stock(false, head).orElseThrow();
        assertThat(fromMemory.position()).isEqualTo(head);
        assertThat(fromMemory).isEqualTo(database.stock(false));
        assertThat(new String(memory.stockJson(false, head).orElseThrow()))
                .as("the text kept for the position")
                .isEqualTo(new String(memory.json(database.stock(false))));
        assertThat(memory.stock(true, head).orElseThrow()).isEqualTo(database.stock(true));
        for (int i = 0; i <= 12; i++) { // SKU-12 is never registered: both say so
            String sku = "SKU-" + i;
            assertThat(memory.stockItem(sku, head).orElseThrow())
                    .as(sku).isEqualTo(database.stockItem(sku));
        }
        assertThat(memory.stockItem("SKU-1", head + 1)).as("not that far yet").isEmpty();
    }

    @Test
    void a_list_read_while_events_land_is_the_log_folded_up_to_its_position() throws Exception {
        long start = store.headPosition();
        var events = new ArrayList<InventoryEvent>();
        var random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String sku = "MIX-" + random.nextInt(8);
            if (events.stream().noneMatch(e -> e instanceof ProductRegistered r
                    && r.sku().equals(sku))) {
                events.add(new ProductRegistered(sku, "Mix " + sku, 3));
            } else if (random.nextBoolean()) {
                events.add(new StockReceived(sku, "M-" + random.nextInt(3), 1 + i % 7, null));
            } else {
                events.add(new StockAdjusted(sku, "M-" + random.nextInt(3), i % 5, 0, "count"));
            }
        }
        var seen = new ArrayList<StockList>();
        var done = new AtomicBoolean();
        var reader = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                memory.stock(false, 0).ifPresent(list -> {
                    if (seen.isEmpty() || seen.getLast().position() != list.position()) {
                        seen.add(list);
                    }
                });
            }
        });
        for (InventoryEvent e : events) {
            Workload.append(store, List.of(e));
        }
        done.set(true);
        reader.get();

        assertThat(seen).isNotEmpty();
        for (StockList list : seen) {
            int applied = (int) (list.position() - start);
            assertThat(applied).isBetween(0, events.size());
            assertThat(mixLines(list)).as("at position " + list.position())
                    .isEqualTo(folded(events.subList(0, applied)));
        }
    }

    /** sku -> onHand, of the products this test registers. */
    private static Map<String, Long> mixLines(StockList list) {
        var onHand = new HashMap<String, Long>();
        for (StockLine line : list.items()) {
            if (line.sku().startsWith("MIX-")) {
                onHand.put(line.sku(), line.onHand());
            }
        }
        return onHand;
    }

    private static Map<String, Long> folded(List<InventoryEvent> events) {
        var at = new HashMap<String, Map<String, Long>>();
        for (InventoryEvent e : events) {
            if (e instanceof ProductRegistered r) {
                at.put(r.sku(), new HashMap<>());
            } else if (e instanceof StockReceived r) {
                at.get(r.sku()).merge(r.location(), (long) r.quantity(), Long::sum);
            } else if (e instanceof StockAdjusted a) {
                at.get(a.sku()).put(a.location(), (long) a.countedQuantity());
            } else {
                throw new AssertionError(e);
            }
        }
        var onHand = new HashMap<String, Long>();
        at.forEach((sku, where) -> onHand.put(sku,
                where.values().stream().mapToLong(Long::longValue).sum()));
        return onHand;
    }
}
