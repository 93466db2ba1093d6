package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.VersionConflict;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class ConcurrentAppendTest {
    private static final int THREADS = 16;
    private final EventStore store;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    ConcurrentAppendTest(Engine engine) {
        this.store = engine.open();
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void many_threads_on_their_own_and_on_shared_streams_leave_a_gapless_log() throws Exception {
        Map<String, AppendResult> answers = new ConcurrentHashMap<>();
        runOnEveryThread(t -> {
            for (int i = 0; i < 150; i++) {
                String sku = i % 3 == 0 ? "SHARED-" + (i % 2) : "OWN-" + t;
                String id = "t" + t + "-" + i;
                answers.put(id, store.appendAndWait(AppendRequest.of(StoredEvent.streamOf(sku),
                        ExpectedVersion.ANY, id, new StockReceived(sku, "A-1", i + 1, id))));
            }
        });

        List<StoredEvent> log = LogChecks.assertGaplessLog(store);

        assertThat(log).hasSize(THREADS * 150);
        for (StoredEvent e : log) {
            AppendResult answer = answers.get(e.commandId());
            assertThat(answer.position()).isEqualTo(e.position());
            assertThat(answer.version()).isEqualTo(e.version());
            assertThat(answer.stream()).isEqualTo(e.stream());
            assertThat(((StockReceived) e.event()).reference()).isEqualTo(e.commandId());
        }
    }

    @Test
    void of_many_threads_expecting_an_empty_stream_one_wins_and_every_other_hears_the_clash()
            throws Exception {
        var wins = new AtomicInteger();
        var clashes = new ConcurrentHashMap<Integer, VersionConflict>();
        runOnEveryThread(t -> {
            try {
                store.appendAndWait(AppendRequest.of("product-HOT", ExpectedVersion.exactly(0),
                        "t" + t, new StockReceived("HOT", "A-1", t + 1, null)));
                wins.incrementAndGet();
            } catch (VersionConflict c) {
                clashes.put(t, c);
            }
        });

        assertThat(wins).hasValue(1);
        assertThat(clashes).hasSize(THREADS - 1);
        assertThat(clashes.values()).allSatisfy(c -> {
            assertThat(c.expectedVersion()).isZero();
            assertThat(c.actualVersion()).isEqualTo(1);
        });
        assertThat(store.readStream("product-HOT")).hasSize(1);
    }

    @Test
    void threads_racing_on_one_stream_with_expected_versions_never_share_a_version()
            throws Exception {
        var attempts = new AtomicInteger();
        var clashes = new AtomicInteger();
        Map<Long, Integer> winnerOfVersion = new ConcurrentHashMap<>();
        runOnEveryThread(t -> {
            long known = 0;
            for (int won = 0; won < 40; ) {
                attempts.incrementAndGet();
                try {
                    AppendResult r = store.appendAndWait(AppendRequest.of("product-RACE",
                            ExpectedVersion.exactly(known), null,
                            new StockReceived("RACE", "A-1", t + 1, null)));
                    assertThat(winnerOfVersion.putIfAbsent(r.version(), t)).isNull();
                    assertThat(r.version()).isEqualTo(known + 1);
                    known = r.version();
                    won++;
                } catch (VersionConflict c) {
                    assertThat(c.actualVersion()).isGreaterThan(known);
                    known = c.actualVersion();
                    clashes.incrementAndGet();
                }
            }
        });

        LogChecks.assertGaplessLog(store);
        assertThat(store.readStream("product-RACE")).hasSize(THREADS * 40)
                .extracting(e -> ((StockReceived) e.event()).quantity() - 1)
                .containsExactlyElementsOf(
                        winnerOfVersion.entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(Map.Entry::getValue).toList());
        assertThat(attempts.get()).isEqualTo(THREADS * 40 + clashes.get());
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    /** Starts {@code work} on every thread at once and rethrows the first failure. */
    private void runOnEveryThread(Work work) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                work.run(thread);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
    }
}
