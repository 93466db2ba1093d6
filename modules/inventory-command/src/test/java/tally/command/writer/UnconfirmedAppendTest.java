package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tally.command.CommandEnvelope;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.eventstore.AppendUnconfirmed;
import tally.eventstore.EventStoreException;

/**
 * An append whose commit was not confirmed may be in the log: the 503 must not say "nothing was
 * stored", and must name the command id that makes the retry safe, even one the server made.
 */
class UnconfirmedAppendTest extends WriterOnH2 {

    private static CommandEnvelope register(String id, boolean clientGaveId) {
        return new CommandEnvelope("test", new RegisterProduct("S", "Bolt", 0), id, clientGaveId,
                null, "fp", null);
    }

    @Test
    void an_unconfirmed_append_says_it_may_be_stored_and_the_same_id_is_taken_once() {
        var unconfirming = new CommandWriter(new SlowEventStore(store, CompletableFuture
                .failedFuture(new AppendUnconfirmed("the disk did not confirm it", null))), 1000);
        try {
            var problem = problemOf(unconfirming.submit(register("server-made-7", false)));
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.getMessage()).contains("may have been stored")
                    .contains("\"server-made-7\"").doesNotContain("nothing was stored");
        } finally {
            unconfirming.close();
        }
        assertThat(store.readStream("product-S")).hasSize(1); // it was, this time

        var retried = writer.submit(register("server-made-7", true)).join();
        assertThat(retried.version()).isEqualTo(1);
        assertThat(store.readStream("product-S")).hasSize(1);
    }

    @Test
    void a_log_that_took_nothing_says_so() {
        var failing = new CommandWriter(new SlowEventStore(store, CompletableFuture
                .failedFuture(new EventStoreException("the event store is closed"))), 1000);
        try {
            var problem = problemOf(failing.submit(register("k-1", true)));
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.getMessage()).contains("nothing was stored");
        } finally {
            failing.close();
        }
    }
}
