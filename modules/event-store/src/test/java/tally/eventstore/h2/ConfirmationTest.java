package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.eventbus.Subscribe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventsCommitted;
import tally.eventstore.ExpectedVersion;

/**
 * The writer commits the next batch while the confirmer is still putting the last one in the
 * file. Until a batch is confirmed nobody may hear of it, whatever the writer has done.
 */
class ConfirmationTest {
    private static final String STREAM = "product-A";
    private final TemporaryEventStore store = TestStores.temporary();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_batch_committed_behind_an_unfinished_confirmation_is_neither_seen_nor_answered()
            throws Exception {
        var held = new HeldDoorbell();
        store.doorbell().register(held);
        var first = store.append(receive("c1", 1));
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<AppendResult> second = store.append(receive("c2", 2));
        awaitCommitted("c2");
        CompletableFuture<AppendResult> retry = store.append(receive("c2", 2));

        assertThat(first).isCompleted();
        assertThat(store.headPosition()).isEqualTo(1);
        assertThat(store.readAll(0, 10)).extracting(StoredEvent::position).containsExactly(1L);
        assertThat(store.readStream(STREAM)).hasSize(1);
        Thread.sleep(100);
        assertThat(second).isNotDone();
        assertThat(retry).isNotDone();

        held.release.countDown();
        assertThat(second).succeedsWithin(Duration.ofSeconds(10))
                .extracting(AppendResult::position).isEqualTo(2L);
        assertThat(retry).succeedsWithin(Duration.ofSeconds(10))
                .extracting(AppendResult::duplicate).isEqualTo(true);
        assertThat(store.readAll(0, 10)).extracting(StoredEvent::position)
                .containsExactly(1L, 2L);
    }

    /** The writer's commit is visible to a lookup of its command id before it is confirmed. */
    private void awaitCommitted(String commandId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.findCommand(commandId).isEmpty()) {
            assertThat(System.nanoTime()).as("committed in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static AppendRequest receive(String commandId, int quantity) {
        return new AppendRequest(STREAM, ExpectedVersion.ANY, commandId, null,
                "fp-" + commandId,
                java.util.List.of(new StockReceived("A", "L-1", quantity, null)));
    }

    /** Holds the confirmer in the doorbell of its first batch, after it was answered. */
    static final class HeldDoorbell {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Subscribe
        public void on(EventsCommitted notice) throws InterruptedException {
            if (entered.getCount() > 0) {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
        }
    }
}
