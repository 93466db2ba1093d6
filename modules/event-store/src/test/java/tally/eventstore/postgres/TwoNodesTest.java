package tally.eventstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStore;
import tally.eventstore.EventsCommitted;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.VersionConflict;
import tally.eventstore.contract.LogChecks;

/**
 * Two nodes, that is two stores, on one PostgreSQL log, appending at once: the log stays one
 * gapless sequence in commit order, every acknowledged append is in it as answered, a command id
 * sent to both nodes is taken once, a stale decision on one node is refused, and each node's
 * doorbell rings for the other's commits.
 */
class TwoNodesTest {
    private static final int THREADS_PER_NODE = 8;
    private static final int APPENDS = 200;

    private final TestPostgres server = TestPostgres.server();
    private final PostgresOptions options = server.options(server.freshDatabase());
    private final EventStore nodeA = PostgresEventStore.open(options);
    private final EventStore nodeB = PostgresEventStore.open(options.withMaxBatch(50));
    private final ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        nodeA.close();
        nodeB.close();
    }

    @Test
    void both_nodes_appending_at_once_leave_one_gapless_log_holding_every_answer()
            throws Exception {
        Map<String, AppendResult> answers = new ConcurrentHashMap<>();
        var duplicateAnswers = new ConcurrentHashMap<String, List<AppendResult>>();
        runOnBothNodes((node, t) -> {
            for (int i = 0; i < APPENDS; i++) {
                String sku = i % 4 == 0 ? "SHARED-" + (i % 3) : "OWN-" + t;
                // every tenth command is sent to both nodes under one id, as a client retrying
                // on the other node after a lost answer would
                String id = i % 10 == 0 ? "both-" + t % THREADS_PER_NODE + "-" + i
                        : "n" + t + "-" + i;
                var request = AppendRequest.of(StoredEvent.streamOf(sku), ExpectedVersion.ANY,
                        id, new StockReceived(sku, "A-1", i + 1, id));
                AppendResult answer = node.appendAndWait(request);
                if (id.startsWith("both-")) {
                    duplicateAnswers.computeIfAbsent(id, k -> new ArrayList<>()).add(answer);
                } else {
                    answers.put(id, answer);
                }
            }
        });

        List<StoredEvent> log = LogChecks.assertGaplessLog(nodeA);
        assertThat(LogChecks.readWholeLog(nodeB)).isEqualTo(log);
        int sharedIds = THREADS_PER_NODE * (APPENDS / 10);
        assertThat(log).hasSize(answers.size() + sharedIds);
        for (StoredEvent e : log) {
            AppendResult answer = e.commandId().startsWith("both-")
                    ? duplicateAnswers.get(e.commandId()).getFirst() : answers.get(e.commandId());
            assertThat(answer.position()).isEqualTo(e.position());
            assertThat(answer.version()).isEqualTo(e.version());
            assertThat(answer.stream()).isEqualTo(e.stream());
        }
        assertThat(duplicateAnswers).hasSize(sharedIds).allSatisfy((id, both) -> {
            assertThat(both).hasSize(2);
            assertThat(both.get(0).position()).isEqualTo(both.get(1).position());
            assertThat(both.stream().filter(AppendResult::duplicate)).hasSize(1);
        });
    }

    @Test
    void a_decision_on_a_stream_the_other_node_moved_is_a_conflict() {
        nodeA.appendAndWait(AppendRequest.of("product-X", ExpectedVersion.exactly(0), "a1",
                new StockReceived("X", "A-1", 1, null)));
        nodeB.appendAndWait(AppendRequest.of("product-X", ExpectedVersion.exactly(1), "b1",
                new StockReceived("X", "A-1", 2, null)));

        var stale = AppendRequest.of("product-X", ExpectedVersion.exactly(1), "a2",
                new StockReceived("X", "A-1", 3, null));
        var conflict = org.assertj.core.api.Assertions.catchThrowableOfType(VersionConflict.class,
                () -> nodeA.appendAndWait(stale));

        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(nodeB.readStream("product-X")).extracting(StoredEvent::version)
                .containsExactly(1L, 2L);
        assertThat(nodeA.findCommand("a2")).isEmpty();
    }

    @Test
    void a_node_hears_the_other_nodes_commits_on_its_doorbell() throws Exception {
        var heard = new LinkedBlockingQueue<EventsCommitted>();
        nodeB.doorbell().register(new Object() {
            @com.google.common.eventbus.Subscribe
            public void on(EventsCommitted notice) {
                heard.add(notice);
            }
        });

        AppendResult written = nodeA.appendAndWait(AppendRequest.of("product-Y",
                ExpectedVersion.ANY, "y1", new StockReceived("Y", "A-1", 1, null)));

        EventsCommitted notice = heard.poll(30, TimeUnit.SECONDS);
        assertThat(notice).isNotNull();
        assertThat(notice.toPosition()).isEqualTo(written.position());
        assertThat(nodeB.headPosition()).isEqualTo(written.position());
    }

    private interface NodeWork {
        void run(EventStore node, int thread) throws Exception;
    }

    private void runOnBothNodes(NodeWork work) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        var threads = new AtomicInteger();
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            int t = threads.getAndIncrement();
            EventStore node = t < THREADS_PER_NODE ? nodeA : nodeB;
            futures.add(pool.submit(() -> {
                start.await();
                work.run(node, t);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
    }
}
