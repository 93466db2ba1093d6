package tally.query.engine.waits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PositionWaitersTest {
    private final PositionWaiters waiters = new PositionWaiters(5);

    @Test
    void a_position_already_reached_answers_at_once() {
        assertThat(waiters.await(5, 1000)).isCompletedWithValue(5L);
    }

    @Test
    void a_waiter_is_released_by_the_commit_that_reaches_its_position_and_not_before() {
        CompletableFuture<Long> waiter = waiters.await(8, 10_000);

        waiters.advance(7);
        assertThat(waiter).isNotDone();
        waiters.advance(9);

        assertThat(waiter).isCompletedWithValue(9L);
        assertThat(waiters.waiting()).isZero();
    }

    @Test
    void a_waiter_whose_time_runs_out_answers_minus_one_and_is_forgotten() throws Exception {
        CompletableFuture<Long> waiter = waiters.await(100, 50);

        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(-1L);
        assertThat(waiters.waiting()).isZero();
    }

    @Test
    void after_a_rebuild_starts_a_waiter_waits_for_the_replay_to_come_back() {
        waiters.advance(0);

        CompletableFuture<Long> waiter = waiters.await(5, 10_000);
        assertThat(waiter).isNotDone();
        waiters.advance(5);

        assertThat(waiter).isCompletedWithValue(5L);
    }
}
