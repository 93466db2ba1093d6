package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.eventbus.Subscribe;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.EventsCommitted;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class VisibilityOrderTest {
    private static final int WRITERS = 4;
    private static final int APPENDS_EACH = 200;
    private final EventStore store;
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);

    VisibilityOrderTest(Engine engine) {
        this.store = engine.open();
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void a_reader_polling_while_writers_append_never_sees_a_gap_or_a_position_twice()
            throws Exception {
        var writersDone = new AtomicBoolean();
        Future<Long> reader = pool.submit(() -> {
            long after = 0;
            int pages = 0;
            while (!writersDone.get() || after < store.headPosition()) {
                List<StoredEvent> page = store.readAll(after, 37);
                for (StoredEvent e : page) {
                    assertThat(e.position()).as("after %d", after).isEqualTo(after + 1);
                    after = e.position();
                }
                pages++;
            }
            assertThat(pages).isGreaterThan(1);
            return after;
        });
        Future<?> headWatcher = pool.submit(() -> {
            while (!writersDone.get()) {
                long head = store.headPosition();
                if (head > 0) {
                    assertThat(store.readAll(head - 1, 1)).as("event at head %d", head)
                            .singleElement().extracting(StoredEvent::position).isEqualTo(head);
                }
            }
            return null;
        });

        appendFromEveryWriter();
        writersDone.set(true);

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(WRITERS * APPENDS_EACH);
        headWatcher.get(30, TimeUnit.SECONDS);
        LogChecks.assertGaplessLog(store);
    }

    @Test
    void doorbell_notices_come_in_log_order_and_cover_every_position_once() throws Exception {
        var notices = new CopyOnWriteArrayList<EventsCommitted>();
        store.doorbell().register(new Object() {
            @Subscribe
            public void on(EventsCommitted notice) {
                notices.add(notice);
            }
        });

        appendFromEveryWriter();
        // Callers are answered before the doorbell rings: the last notice may still be coming.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lastCovered(notices) < WRITERS * APPENDS_EACH && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        long expectedFrom = 1;
        for (EventsCommitted n : notices) {
            assertThat(n.fromPosition()).isEqualTo(expectedFrom);
            assertThat(n.toPosition()).isGreaterThanOrEqualTo(n.fromPosition());
            expectedFrom = n.toPosition() + 1;
        }
        assertThat(expectedFrom - 1).isEqualTo(WRITERS * APPENDS_EACH);
        assertThat(notices.size()).as("group commit: fewer commits than appends")
                .isLessThan(WRITERS * APPENDS_EACH);
    }

    private static long lastCovered(List<EventsCommitted> notices) {
        return notices.isEmpty() ? 0 : notices.get(notices.size() - 1).toPosition();
    }

    private void appendFromEveryWriter() throws Exception {
        var writers = new java.util.ArrayList<Future<?>>();
        for (int w = 0; w < WRITERS; w++) {
            String sku = "SKU-" + w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < APPENDS_EACH; i++) {
                    TestStores.append(store, new StockReceived(sku, "A-1", i + 1, null));
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
    }
}
