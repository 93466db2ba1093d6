package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.eventbus.Subscribe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventsCommitted;
import tally.eventstore.ExpectedVersion;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class DoorbellTest {
    private final EventStore store;
    private final Recorder recorder = new Recorder();

    DoorbellTest(Engine engine) {
        this.store = engine.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void one_batch_rings_once_with_the_range_of_positions_it_committed() throws Exception {
        Runnable gate = Engine.holdWriter(store);
        store.doorbell().register(recorder);
        var futures = new ArrayList<CompletableFuture<AppendResult>>();
        for (int i = 0; i < 5; i++) {
            futures.add(store.append(AppendRequest.of("product-A", ExpectedVersion.ANY, null,
                    new StockReceived("A", "L-1", 1, null),
                    new StockReceived("A", "L-1", 2, null))));
        }
        gate.run();
        futures.forEach(CompletableFuture::join);

        EventsCommitted notice = recorder.next();
        assertThat(notice.fromPosition()).isEqualTo(1);
        assertThat(notice.toPosition()).isEqualTo(10);
        assertThat(recorder.notices.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_batch_that_appended_nothing_does_not_ring() throws Exception {
        store.doorbell().register(recorder);
        var first = TestStores.append(store, new StockReceived("A", "L-1", 1, null));
        recorder.next();

        store.appendAndWait(AppendRequest.of("product-A", ExpectedVersion.ANY, first.commandId(),
                new StockReceived("A", "L-1", 1, null)));
        store.appendAndWait(new AppendRequest("product-A", ExpectedVersion.ANY, "count-1", null,
                null, List.of()));

        assertThat(recorder.notices.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_throwing_subscriber_is_recorded_and_reported_and_the_others_still_hear()
            throws Exception {
        var heard = new LinkedBlockingQueue<Doorbell.SubscriberFailure>();
        store.doorbell().onSubscriberFailure(heard::add);
        var thrower = new Thrower();
        store.doorbell().register(thrower);
        store.doorbell().register(recorder);

        AppendResult r = TestStores.append(store, new StockReceived("A", "L-1", 1, null));

        assertThat(recorder.next().toPosition()).isEqualTo(r.position());
        Doorbell.SubscriberFailure failure = heard.poll(5, TimeUnit.SECONDS);
        assertThat(failure).isNotNull();
        assertThat(failure.subscriber()).isSameAs(thrower);
        assertThat(failure.error()).isInstanceOf(IllegalStateException.class)
                .hasMessage("projection broke");
        assertThat(failure.notice()).isInstanceOf(EventsCommitted.class);
        assertThat(store.doorbell().failures()).containsExactly(failure);
        assertThat(TestStores.append(store, new StockReceived("A", "L-1", 2, null)).position())
                .as("the writer goes on after a subscriber failed").isEqualTo(2);
    }

    @Test
    void a_failing_failure_listener_does_not_stop_the_next_one() throws Exception {
        var heard = new LinkedBlockingQueue<Doorbell.SubscriberFailure>();
        store.doorbell().onSubscriberFailure(f -> {
            throw new IllegalStateException("listener broke too");
        });
        store.doorbell().onSubscriberFailure(heard::add);
        store.doorbell().register(new Thrower());

        TestStores.append(store, new StockReceived("A", "L-1", 1, null));

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void only_the_latest_hundred_failures_are_kept() throws Exception {
        store.doorbell().register(new Thrower());
        var all = new LinkedBlockingQueue<Doorbell.SubscriberFailure>();
        store.doorbell().onSubscriberFailure(all::add);

        for (int i = 0; i < 105; i++) {
            TestStores.append(store, new StockReceived("A", "L-1", 1, null));
        }
        var heard = new ArrayList<Doorbell.SubscriberFailure>();
        while (heard.size() < 105) {
            var next = all.poll(5, TimeUnit.SECONDS);
            assertThat(next).as("failure %d", heard.size() + 1).isNotNull();
            heard.add(next);
        }

        assertThat(store.doorbell().failures()).containsExactlyElementsOf(heard.subList(5, 105));
    }

    /** Hears every notice. */
    static final class Recorder {
        final LinkedBlockingQueue<EventsCommitted> notices = new LinkedBlockingQueue<>();

        @Subscribe
        public void on(EventsCommitted notice) {
            notices.add(notice);
        }

        EventsCommitted next() throws InterruptedException {
            EventsCommitted n = notices.poll(5, TimeUnit.SECONDS);
            assertThat(n).as("a notice within 5 s").isNotNull();
            return n;
        }
    }

    static final class Thrower {
        @Subscribe
        public void on(EventsCommitted notice) {
            throw new IllegalStateException("projection broke");
        }
    }
}
