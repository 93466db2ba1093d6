package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreException;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.VersionConflict;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class AppendAndReadTest {
    private static final String STREAM = StoredEvent.streamOf("SKU-1");
    private final EventStore store;

    AppendAndReadTest(Engine engine) {
        this.store = engine.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_first_append_to_an_empty_log_is_position_1_and_version_1() {
        Instant before = Instant.now();
        AppendResult r = store.appendAndWait(AppendRequest.of(STREAM, ExpectedVersion.exactly(0),
                "c1", new ProductRegistered("SKU-1", "Bolt", 5)));

        assertThat(r).isEqualTo(new AppendResult("c1", STREAM, 1, 1, false, null, null));
        assertThat(store.headPosition()).isEqualTo(1);
        StoredEvent stored = store.readAll(0, 10).get(0);
        assertThat(stored).usingRecursiveComparison().ignoringFields("occurredAt").isEqualTo(
                new StoredEvent(1, STREAM, 1, "ProductRegistered", Instant.EPOCH, "c1", null,
                        new ProductRegistered("SKU-1", "Bolt", 5)));
        assertThat(stored.occurredAt()).isBetween(before.minusMillis(1),
                Instant.now().plusMillis(1));
    }

    @Test
    void several_events_in_one_append_get_consecutive_positions_and_versions() {
        TestStores.append(store, new ProductRegistered("SKU-2", "Nut", 0));
        AppendResult r = store.appendAndWait(AppendRequest.of(STREAM, ExpectedVersion.ANY, null,
                new ProductRegistered("SKU-1", "Bolt", 0),
                new StockReceived("SKU-1", "A-1", 10, null),
                new StockPicked("SKU-1", "A-1", 3, "ORD-1")));

        assertThat(r.version()).isEqualTo(3);
        assertThat(r.position()).isEqualTo(4);
        assertThat(store.readStream(STREAM)).extracting(StoredEvent::position, StoredEvent::version)
                .containsExactly(tuple(2, 1), tuple(3, 2), tuple(4, 3));
    }

    @Test
    void an_expected_version_that_is_not_the_streams_is_a_version_conflict_and_stores_nothing() {
        TestStores.append(store, new ProductRegistered("SKU-1", "Bolt", 0));

        VersionConflict conflict = catchThrowableOfType(() -> store.appendAndWait(
                AppendRequest.of(STREAM, ExpectedVersion.exactly(0), "c2",
                        new StockReceived("SKU-1", "A-1", 1, null))), VersionConflict.class);

        assertThat(conflict.stream()).isEqualTo(STREAM);
        assertThat(conflict.expectedVersion()).isZero();
        assertThat(conflict.actualVersion()).isEqualTo(1);
        assertThat(store.headPosition()).isEqualTo(1);
        assertThat(store.findCommand("c2")).as("a refused command id is not remembered").isEmpty();
    }

    @Test
    void the_right_expected_version_appends_and_any_skips_the_check() {
        TestStores.append(store, new ProductRegistered("SKU-1", "Bolt", 0));

        var exact = store.appendAndWait(AppendRequest.of(STREAM, ExpectedVersion.exactly(1), null,
                new StockReceived("SKU-1", "A-1", 1, null)));
        var any = store.appendAndWait(AppendRequest.of(STREAM, ExpectedVersion.ANY, null,
                new StockReceived("SKU-1", "A-1", 1, null)));

        assertThat(exact.version()).isEqualTo(2);
        assertThat(any.version()).isEqualTo(3);
    }

    @Test
    void an_append_of_nothing_records_only_the_command_id_at_the_streams_last_position() {
        TestStores.append(store, new ProductRegistered("SKU-1", "Bolt", 0));
        TestStores.append(store, new ProductRegistered("SKU-2", "Nut", 0));

        AppendResult r = store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.exactly(1),
                "count-1", null, "fp", List.of()));

        assertThat(r).isEqualTo(new AppendResult("count-1", STREAM, 1, 1, false, "fp", null));
        assertThat(store.headPosition()).isEqualTo(2);
        assertThat(store.findCommand("count-1")).contains(r);
    }

    @Test
    void an_append_of_nothing_to_an_empty_stream_is_version_0_at_position_0() {
        AppendResult r = store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.ANY,
                "count-0", null, null, List.of()));

        assertThat(r.version()).isZero();
        assertThat(r.position()).isZero();
        assertThat(store.headPosition()).isZero();
    }

    @Test
    void a_stream_nobody_wrote_reads_as_empty_and_an_empty_log_has_head_0() {
        assertThat(store.readStream("product-NOPE")).isEmpty();
        assertThat(store.readAll(0, 100)).isEmpty();
        assertThat(store.headPosition()).isZero();
        assertThat(store.findCommand("nope")).isEmpty();
    }

    @Test
    void a_value_wider_than_its_column_fails_that_append_alone() {
        var tooLong = "x".repeat(65);

        assertThatThrownBy(() -> store.appendAndWait(AppendRequest.of(STREAM, ExpectedVersion.ANY,
                tooLong, new ProductRegistered("SKU-1", "Bolt", 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commandId");
        assertThatThrownBy(() -> store.appendAndWait(AppendRequest.of("s".repeat(101),
                ExpectedVersion.ANY, null, new ProductRegistered("SKU-1", "Bolt", 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> store.appendAndWait(new AppendRequest(STREAM,
                ExpectedVersion.ANY, null, tooLong, null,
                List.of(new ProductRegistered("SKU-1", "Bolt", 0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
        assertThat(TestStores.append(store, new ProductRegistered("SKU-1", "Bolt", 0)).position())
                .isEqualTo(1);
    }

    @Test
    void an_answered_append_is_at_once_readable_and_counted_in_the_head() {
        for (int i = 1; i <= 50; i++) {
            AppendResult r = TestStores.append(store, new StockReceived("SKU-1", "A-1", i, null));

            assertThat(store.headPosition()).isGreaterThanOrEqualTo(r.position());
            assertThat(store.readAll(r.position() - 1, 1)).singleElement()
                    .extracting(StoredEvent::commandId).isEqualTo(r.commandId());
        }
    }

    @Test
    void a_closed_store_refuses_appends_with_an_event_store_exception() {
        store.close();

        assertThatThrownBy(() -> TestStores.append(store, new ProductRegistered("S", "n", 0)))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("closed");
    }

    @Test
    void closing_answers_every_append_already_queued() {
        var futures = new ArrayList<CompletableFuture<AppendResult>>();
        for (int i = 0; i < 2_000; i++) {
            futures.add(store.append(AppendRequest.of(STREAM, ExpectedVersion.ANY, null,
                    new StockReceived("SKU-1", "A-1", 1, null))));
        }
        store.close();

        assertThat(futures).allSatisfy(f -> assertThat(f).succeedsWithin(Duration.ofSeconds(1)));
    }

    private static Tuple tuple(long position, long version) {
        return Tuple.tuple(position, version);
    }
}
