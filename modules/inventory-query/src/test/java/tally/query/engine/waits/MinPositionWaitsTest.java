package tally.query.engine.waits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.query.testing.Eventually;

/**
 * A query waiting for {@code minPosition} (up to 30 s) ends when the server stops and answers from
 * where its read model stands, as when its wait runs out; so it no longer holds the stop to the
 * HTTP server's grace period.
 */
class MinPositionWaitsTest {
    private final ExecutorService blocking = Executors.newSingleThreadExecutor();
    private final MinPositionWaits waits = new MinPositionWaits(null, blocking);
    private final PositionWaiters readModel = new PositionWaiters(5);

    @AfterEach
    void stopPool() {
        blocking.shutdownNow();
    }

    @Test
    void stopping_the_server_ends_every_wait_and_the_query_answers_from_where_it_stands() {
        CompletableFuture<String> waiting = waits.answer(readModel, 9L, 30_000,
                () -> "answered at 5");
        assertThat(waits.waiting()).isEqualTo(1);
        assertThat(waiting).isNotDone();

        assertThat(waits.shutdownGracefully().toCompletableFuture()).isDone();

        assertThat(waiting.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
                .isEqualTo("answered at 5");
        Eventually.until(Duration.ofSeconds(5), () -> waits.waiting() == 0);
    }

    @Test
    void a_query_that_comes_while_the_server_stops_does_not_wait() {
        waits.shutdownGracefully();

        CompletableFuture<String> late = waits.answer(readModel, 9L, 30_000,
                () -> "answered at once");

        assertThat(late.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
                .isEqualTo("answered at once");
        assertThat(waits.waiting()).isZero();
    }

    @Test
    void before_the_stop_a_wait_still_ends_when_the_read_model_gets_there() {
        CompletableFuture<String> waiting = waits.answer(readModel, 7L, 30_000, () -> "at 7");

        readModel.advance(7);

        assertThat(waiting.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
                .isEqualTo("at 7");
    }
}
