package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.EventStoreException;
import tally.eventstore.VersionConflict;

/** What the server's readiness learns from the appends: a failure until one is taken again. */
class LogWritesTest {
    private final LogWrites writes = new LogWrites();

    private void answer(Throwable error) {
        var append = new CompletableFuture<AppendResult>();
        writes.watch(append);
        append.completeExceptionally(error);
    }

    private void taken() {
        var append = new CompletableFuture<AppendResult>();
        writes.watch(append);
        append.complete(new AppendResult("c", "s", 1, 1, false, null, null));
    }

    @Test
    void a_failed_append_marks_the_log_until_one_is_taken_again() {
        List<Long> latencies = new ArrayList<>();
        writes.onLatency(latencies::add);
        assertThat(writes.failure()).isNull();

        answer(new EventStoreException("the event store is closed"));
        assertThat(writes.failure()).isEqualTo("EventStoreException");
        taken();
        assertThat(writes.failure()).isNull();
        assertThat(latencies).hasSize(1).allMatch(nanos -> nanos >= 0);
    }

    @Test
    void the_logs_own_answers_are_no_failure_to_write() {
        answer(new VersionConflict("s", 1, 2));
        answer(new CommandIdReused(new AppendResult("c", "s", 1, 1, false, null, null)));
        answer(new IllegalArgumentException("too large"));
        assertThat(writes.failure()).isNull();
    }

    @Test
    void a_full_disk_is_the_stores_to_tell_since_it_clears_with_no_append() {
        answer(new tally.eventstore.DiskFull("the disk holding the data folder /x is full"));
        assertThat(writes.failure()).isNull();
    }
}
