package tally.eventstore.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.DiskFull;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.H2EventStore;

/**
 * docs/durability.md, "A full disk": on a small filesystem filled while four threads append, the
 * log refuses appends with {@link DiskFull} naming the folder, says so in
 * {@code writeProblem()}, takes appends again by itself once the filler is deleted, and after a
 * reopen holds every acknowledged append at the position it was given, with no gap. Before the
 * reserve, the same run lost the store for good ("the store is closed" to every append, also after
 * the space came back) and the reopened log was refused: its journal no longer mended it.
 */
class DiskFullTest {
    private static final long RESERVE = 4L << 20;

    @Test
    void a_full_disk_refuses_appends_loses_nothing_answered_and_passes_by_itself() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(32)) {
            Path data = disk.path().resolve("data");
            var options = EventStoreOptions.in(data).withDiskReserve(RESERVE);
            var acknowledged = new ConcurrentHashMap<String, Long>();
            var refusals = new ConcurrentHashMap<String, String>();
            var stop = new AtomicBoolean();
            var store = H2EventStore.open(options);
            var threads = new ArrayList<Thread>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                threads.add(Thread.ofPlatform().start(() -> appendUntilStopped(store, thread,
                        stop, acknowledged, refusals)));
            }
            until(() -> acknowledged.size() >= 300);

            Path filler = disk.fill();
            until(() -> !refusals.isEmpty());
            String folder = data.toRealPath().toString();
            assertThat(store.writeProblem()).hasValueSatisfying(p -> assertThat(p)
                    .contains("is full").contains(folder));
            assertThat(refusals.values()).allSatisfy(m -> assertThat(m)
                    .contains("is full").contains(folder)
                    .contains("retry it with the same command id"));
            assertThatThrownBy(() -> append(store, "while-full"))
                    .isInstanceOf(DiskFull.class);
            int whileFull = acknowledged.size();

            Files.delete(filler);
            until(() -> acknowledged.size() >= whileFull + 300);
            assertThat(store.writeProblem()).isEmpty();
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            store.close();

            try (var reopened = H2EventStore.open(options)) {
                List<StoredEvent> log = reopened.readAll(0, Integer.MAX_VALUE);
                for (int i = 0; i < log.size(); i++) {
                    assertThat(log.get(i).position()).as("no gap").isEqualTo(i + 1L);
                }
                Map<String, Long> inLog = new ConcurrentHashMap<>();
                log.forEach(e -> inLog.put(e.commandId(), e.position()));
                assertThat(inLog).containsAllEntriesOf(acknowledged);
                assertThat(inLog).doesNotContainKeys(refusals.keySet().toArray(String[]::new));
            }
        }
    }

    private static void appendUntilStopped(H2EventStore store, int thread, AtomicBoolean stop,
                                           Map<String, Long> acknowledged,
                                           Map<String, String> refusals) {
        var n = new AtomicInteger();
        while (!stop.get()) {
            String id = "t" + thread + "-" + n.incrementAndGet();
            try {
                acknowledged.put(id, append(store, id));
            } catch (DiskFull e) {
                refusals.put(id, e.getMessage());
            } catch (RuntimeException e) { // not answered: neither acknowledged nor asserted
            }
        }
    }

    private static long append(H2EventStore store, String id) {
        try {
            return store.append(AppendRequest.of("product-" + id, ExpectedVersion.exactly(0), id,
                    new ProductRegistered(id, "Bolt " + "x".repeat(200), 1))).join().position();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; !condition.getAsBoolean(); i++) {
            assertThat(i).as("waited 60 s").isLessThan(12_000);
            Thread.sleep(5);
        }
    }
}
