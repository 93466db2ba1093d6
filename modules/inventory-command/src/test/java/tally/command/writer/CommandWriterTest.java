package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.command.domain.ProductCommand;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.AppendRequest;
import tally.eventstore.ExpectedVersion;

class CommandWriterTest extends WriterOnH2 {
    static CommandEnvelope envelope(tally.command.domain.Command c, String id, Long expected,
                                    String fp) {
        return new CommandEnvelope("test", c, id == null ? java.util.UUID.randomUUID().toString()
                : id, id != null, expected, fp, null);
    }

    CommandAnswer run(ProductCommand c) {
        return writer.submit(envelope(c, null, null, c.toString())).join();
    }

    void registerWithTen(String sku) {
        run(new RegisterProduct(sku, "Bolt", 0));
        run(new ReceiveStock(sku, "A1", 10, null));
    }

    @Test
    void answers_with_the_version_and_position_after_the_commit() {
        var first = run(new RegisterProduct("S", "Bolt", 0));
        var second = run(new ReceiveStock("S", "A1", 10, null));
        assertThat(first).isEqualTo(new CommandAnswer(first.commandId(), "product-S", 1, 1));
        assertThat(second).isEqualTo(new CommandAnswer(second.commandId(), "product-S", 2, 2));
        assertThat(store.readStream("product-S")).hasSize(2);
    }

    @Test
    void a_count_that_matches_records_nothing_but_answers_with_the_last_position() {
        registerWithTen("S");
        var answer = run(new ProductCommand.AdjustStock("S", "A1", 10, "count"));
        assertThat(answer.version()).isEqualTo(2);
        assertThat(answer.position()).isEqualTo(2);
        assertThat(store.headPosition()).isEqualTo(2);
    }

    @Test
    void a_retry_gets_the_first_answer_and_records_nothing() {
        registerWithTen("S");
        var pick = new PickStock("S", "A1", 3, null);
        var first = writer.submit(envelope(pick, "k1", null, "fp")).join();
        var again = writer.submit(envelope(pick, "k1", null, "fp")).join();
        assertThat(again).isEqualTo(first);
        assertThat(store.headPosition()).isEqualTo(3);
        // the product is still right after the retry: 7 left, so 7 can be picked and 8 not
        assertThat(run(new PickStock("S", "A1", 7, null)).version()).isEqualTo(4);
        assertThat(problemOf(writer.submit(envelope(new PickStock("S", "A1", 1, null), null, null,
                "x"))).slug()).isEqualTo("insufficient-stock");
    }

    @Test
    void a_retry_of_an_id_just_taken_is_answered_without_reading_the_product_again() {
        registerWithTen("S");
        var pick = new PickStock("S", "A1", 1, null);
        var first = writer.submit(envelope(pick, "r1", null, "fp")).join();
        long loads = writer.streamLoads();
        for (int i = 0; i < 5; i++) {
            assertThat(writer.submit(envelope(pick, "r1", null, "fp")).join()).isEqualTo(first);
        }
        assertThat(run(new PickStock("S", "A1", 9, null)).version()).isEqualTo(4);
        assertThat(writer.streamLoads()).as("the product stayed in memory").isEqualTo(loads);
        assertThat(problemOf(writer.submit(envelope(new PickStock("S", "A1", 2, null), "r1",
                null, "other"))).slug()).isEqualTo("idempotency-key-reused");
        assertThat(store.headPosition()).isEqualTo(4);
    }

    @Test
    void a_retry_the_product_would_now_refuse_still_gets_the_first_answer() {
        var register = new RegisterProduct("S", "Bolt", 0);
        var first = writer.submit(envelope(register, "reg-1", 0L, "fp-reg")).join();
        var again = writer.submit(envelope(register, "reg-1", 0L, "fp-reg")).join();
        assertThat(again).isEqualTo(first);
        assertThat(store.headPosition()).isEqualTo(1);
    }

    @Test
    void two_identical_commands_in_flight_record_once() {
        registerWithTen("S");
        var pick = new PickStock("S", "A1", 4, null);
        var answers = new ArrayList<CompletableFuture<CommandAnswer>>();
        for (int i = 0; i < 5; i++) {
            answers.add(writer.submit(envelope(pick, "same", null, "fp")));
        }
        var first = answers.get(0).join();
        answers.forEach(a -> assertThat(a.join()).isEqualTo(first));
        assertThat(store.headPosition()).isEqualTo(3);
    }

    @Test
    void a_command_id_reused_for_another_command_is_a_conflict() {
        registerWithTen("S");
        writer.submit(envelope(new PickStock("S", "A1", 1, null), "k", null, "fp-1")).join();
        var reused = problemOf(writer.submit(envelope(new PickStock("S", "A1", 2, null), "k", null,
                "fp-2")));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.slug()).isEqualTo("idempotency-key-reused");
        var inFlight = writer.submit(envelope(new PickStock("S", "A1", 1, null), "k2", null, "a"));
        var clash = writer.submit(envelope(new PickStock("S", "A1", 1, null), "k2", null, "b"));
        inFlight.join();
        assertThat(problemOf(clash).slug()).isEqualTo("idempotency-key-reused");
        assertThat(store.headPosition()).isEqualTo(4);
    }

    @Test
    void a_retry_sent_while_its_first_attempt_is_written_is_decided_again_once_that_is_in() {
        registerWithTen("S");
        var answers = new CompletableFuture<Void>();
        var other = new CommandWriter(new SlowEventStore(store, answers), 1000);
        try {
            var pick = new PickStock("S", "A1", 4, null);
            var first = other.submit(envelope(pick, "k", null, "fp"));
            var retry = other.submit(envelope(pick, "k", null, "fp"));
            var reuse = other.submit(envelope(new PickStock("S", "A1", 1, null), "k", null,
                    "another"));
            // Refused on the writer's thread at once, so answered only after the two above
            // were taken: they wait behind the first, whose answer is held.
            var marker = other.submit(envelope(new PickStock("S", "A1", 1, null), null, 0L, "m"));
            assertThat(problemOf(marker).slug()).isEqualTo("version-conflict");
            assertThat(retry).isNotDone();
            assertThat(reuse).isNotDone();
            answers.complete(null);

            assertThat(retry.join()).isEqualTo(first.join());
            assertThat(problemOf(reuse).slug()).isEqualTo("idempotency-key-reused");
            assertThat(store.headPosition()).isEqualTo(3);
            // What the retry decided was never stored: the product still holds the 6 left.
            assertThat(other.submit(envelope(new PickStock("S", "A1", 6, null), null, null, "x"))
                    .join().version()).isEqualTo(4);
        } finally {
            answers.complete(null);
            other.close();
        }
    }

    @Test
    void a_reused_id_with_a_stale_expected_version_is_refused_as_a_reuse() {
        registerWithTen("S");
        writer.submit(envelope(new PickStock("S", "A1", 1, null), "k", 2L, "fp-1")).join();

        var reused = problemOf(writer.submit(envelope(new PickStock("S", "A1", 2, null), "k", 2L,
                "fp-2")));

        assertThat(reused.slug()).isEqualTo("idempotency-key-reused");
        assertThat(store.headPosition()).isEqualTo(3);
    }

    @Test
    void a_stale_expected_version_is_a_conflict_that_names_the_current_one() {
        registerWithTen("S");
        var stale = problemOf(writer.submit(envelope(new PickStock("S", "A1", 1, null), null, 1L,
                "fp")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.slug()).isEqualTo("version-conflict");
        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(writer.submit(envelope(new PickStock("S", "A1", 1, null), null, 2L, "fp"))
                .join().version()).isEqualTo(3);
    }

    @Test
    void when_the_log_disagrees_it_reloads_the_product_and_decides_again() {
        registerWithTen("S");
        store.appendAndWait(AppendRequest.of("product-S", ExpectedVersion.ANY, null,
                new StockPicked("S", "A1", 4, "behind the writer's back")));
        var refused = problemOf(writer.submit(envelope(new PickStock("S", "A1", 7, null), null,
                null, "fp")));
        assertThat(refused.slug()).isEqualTo("insufficient-stock");
        assertThat(refused.getMessage()).contains("only 6");
        assertThat(run(new PickStock("S", "A1", 6, null)).version()).isEqualTo(4);
    }

    @Test
    void a_log_that_fails_is_a_503_and_nothing_is_claimed() {
        registerWithTen("S");
        store.close();
        var failed = problemOf(writer.submit(envelope(new PickStock("S", "A1", 1, null), null,
                null, "fp")));
        assertThat(failed.status()).isEqualTo(503);
    }

    @Test
    void a_product_with_a_long_stream_is_read_once_and_then_answers_like_any_other() {
        long events = 100_000;
        store.appendAndWait(AppendRequest.of("product-BIG", ExpectedVersion.ANY, null,
                new InventoryEvent.ProductRegistered("BIG", "Big", 0)));
        for (int done = 1; done < events; ) {
            var batch = new ArrayList<tally.events.TallyEvent>();
            for (int i = 0; i < 5000 && done < events; i++, done++) {
                batch.add(new StockReceived("BIG", "A1", 1, null));
            }
            store.appendAndWait(new AppendRequest("product-BIG", ExpectedVersion.ANY, null, null,
                    null, batch));
        }
        registerWithTen("SMALL");
        long loads = writer.streamLoads();
        assertThat(run(new PickStock("BIG", "A1", 1, null)).version()).isEqualTo(events + 1);
        assertThat(writer.streamLoads()).isEqualTo(loads + 1);

        long big = medianNanosOf(new PickStock("BIG", "A1", 1, null));
        long small = medianNanosOf(new PickStock("SMALL", "A1", 1, null));
        assertThat(writer.streamLoads()).isEqualTo(loads + 1);
        // Both are a round through the writer and one commit; a reload would cost ~1000 times more.
        assertThat(big).isLessThan(Math.max(small, 1_000_000) * 20);
    }

    @Test
    void a_product_being_read_holds_up_only_its_own_commands_which_then_go_in_order()
            throws Exception {
        store.appendAndWait(new AppendRequest("product-SLOW", ExpectedVersion.ANY, null, null,
                null,
                java.util.List.of(new InventoryEvent.ProductRegistered("SLOW", "Slow", 0),
                        new StockReceived("SLOW", "A1", 10, null))));
        var reading = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var slowReads = new SlowEventStore(store, "product-SLOW", reading, release);
        var other = new CommandWriter(slowReads, 1000);
        try {
            var first = other.submit(envelope(new PickStock("SLOW", "A1", 4, null), null, null,
                    "a"));
            var second = other.submit(envelope(new PickStock("SLOW", "A1", 6, null), null, null,
                    "b"));
            var third = other.submit(envelope(new PickStock("SLOW", "A1", 1, null), null, null,
                    "c"));
            assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // Before, the writer read SLOW itself and these waited for it: now they must not.
            other.submit(envelope(new RegisterProduct("FAST", "Fast", 0), null, null, "d"))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(other.submit(envelope(new ReceiveStock("FAST", "A1", 5, null), null, null,
                    "e")).get(10, java.util.concurrent.TimeUnit.SECONDS).version()).isEqualTo(2);
            assertThat(first).isNotDone();
            release.countDown();
            assertThat(first.join().version()).isEqualTo(3);
            assertThat(second.join().version()).isEqualTo(4);
            assertThat(problemOf(third).slug()).isEqualTo("insufficient-stock");
        } finally {
            release.countDown();
            other.close();
        }
    }

    /** Median nanoseconds of a few picks, each after a refill so none is refused. */
    private long medianNanosOf(PickStock pick) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < 9; i++) {
            run(new ReceiveStock(pick.sku(), "A1", 1, null));
            long start = System.nanoTime();
            run(pick);
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }
}
