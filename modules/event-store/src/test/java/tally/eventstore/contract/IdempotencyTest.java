package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.TallyEvent;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.VersionConflict;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class IdempotencyTest {
    private static final String STREAM = StoredEvent.streamOf("SKU-1");
    private final Engine engine;
    private final EventStore store;

    IdempotencyTest(Engine engine) {
        this.engine = engine;
        this.store = engine.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_command_id_seen_before_returns_the_first_answer_and_appends_nothing() {
        AppendResult first = store.appendAndWait(receive("c1", "fp-a", 5));
        TestStores.append(store, new StockReceived("SKU-1", "B-1", 1, null));

        AppendResult again = store.appendAndWait(receive("c1", "fp-a", 5));

        assertThat(again).isEqualTo(new AppendResult("c1", STREAM, 1, 1, true, "fp-a", null));
        assertThat(first.duplicate()).isFalse();
        assertThat(store.headPosition()).isEqualTo(2);
    }

    @Test
    void a_retry_without_a_fingerprint_counts_as_the_same_command() {
        store.appendAndWait(receive("c1", "fp-a", 5));

        assertThat(store.appendAndWait(receive("c1", null, 5)).duplicate()).isTrue();
        assertThat(store.headPosition()).isEqualTo(1);
    }

    @Test
    void the_same_command_id_with_another_fingerprint_is_refused_with_the_first_answer() {
        AppendResult first = store.appendAndWait(receive("c1", "fp-a", 5));

        CommandIdReused reused = catchThrowableOfType(
                () -> store.appendAndWait(receive("c1", "fp-b", 6)), CommandIdReused.class);

        assertThat(reused.first()).isEqualTo(first);
        assertThat(store.headPosition()).isEqualTo(1);
    }

    @Test
    void the_expected_version_of_a_retry_is_not_checked_again() {
        store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.exactly(0), "c1", null,
                null, List.of(new StockReceived("SKU-1", "A-1", 1, null))));

        var retry = store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.exactly(0), "c1",
                null, null, List.of(new StockReceived("SKU-1", "A-1", 1, null))));

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.version()).isEqualTo(1);
    }

    @Test
    void duplicates_inside_one_batch_append_once_and_all_get_the_first_answer() throws Exception {
        Runnable gate = Engine.holdWriter(store);
        var futures = List.of(store.append(receive("c1", "fp-a", 5)),
                store.append(receive("c1", "fp-a", 5)), store.append(receive("c1", null, 5)));
        gate.run();

        var answers = futures.stream()
                .map(f -> f.orTimeout(10, TimeUnit.SECONDS).join()).toList();

        assertThat(answers).extracting(AppendResult::position).containsOnly(1L);
        assertThat(answers).extracting(AppendResult::duplicate).containsExactly(false, true, true);
        assertThat(store.readStream(STREAM)).hasSize(1);
    }

    @Test
    void a_reused_id_inside_one_batch_is_refused_and_the_first_stands() throws Exception {
        Runnable gate = Engine.holdWriter(store);
        CompletableFuture<AppendResult> first = store.append(receive("c1", "fp-a", 5));
        CompletableFuture<AppendResult> second = store.append(receive("c1", "fp-b", 6));
        gate.run();

        assertThat(first).succeedsWithin(Duration.ofSeconds(10))
                .extracting(AppendResult::position).isEqualTo(1L);
        assertThat(second).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(
                ExecutionException.class)
                .havingCause().isInstanceOf(CommandIdReused.class);
        assertThat(store.readStream(STREAM)).extracting(e -> ((StockReceived) e.event()).quantity())
                .containsExactly(5);
    }

    @Test
    void an_id_refused_for_a_version_conflict_is_free_for_the_corrected_retry() {
        TestStores.append(store, new StockReceived("SKU-1", "A-1", 1, null));
        var stale = new AppendRequest(STREAM, ExpectedVersion.exactly(0), "c1", null, "fp",
                pick());
        catchThrowableOfType(() -> store.appendAndWait(stale), VersionConflict.class);

        var fixed = store.appendAndWait(
                new AppendRequest(STREAM, ExpectedVersion.exactly(1), "c1", null, "fp",
                        pick()));

        assertThat(fixed.duplicate()).isFalse();
        assertThat(fixed.version()).isEqualTo(2);
    }

    @Test
    void command_ids_are_remembered_across_a_reopen() {
        TestLog log = engine.freshLog();
        AppendResult first;
        try (var s = log.open()) {
            first = s.appendAndWait(receive("c1", "fp-a", 5));
        }
        try (var s = log.open()) {
            assertThat(s.appendAndWait(receive("c1", "fp-a", 5))).isEqualTo(duplicateOf(first));
            assertThat(s.findCommand("c1")).contains(first);
            var thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> s.append(receive("c1", "fp-b", 5)).join());
            assertThat(thrown).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(CommandIdReused.class);
            assertThat(s.headPosition()).isEqualTo(1);
        }
        log.delete();
    }

    private static AppendRequest receive(String commandId, String fingerprint, int quantity) {
        return new AppendRequest(STREAM, ExpectedVersion.ANY, commandId, null,
                fingerprint, List.of(new StockReceived("SKU-1", "A-1", quantity, null)));
    }

    private static AppendResult duplicateOf(AppendResult first) {
        return new AppendResult(first.commandId(), first.stream(), first.version(),
                first.position(), true, first.fingerprint(), first.user());
    }

    private static List<TallyEvent> pick() {
        return List.of(new StockPicked("SKU-1", "A-1", 1, null));
    }
}
