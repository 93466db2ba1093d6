package tally.command.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.command.domain.ProductCommand;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.StoredEvent;

/** Who did what, through the writer: the user travels to the log and owns its command ids. */
class CommandWriterUserTest extends WriterOnH2 {
    CompletableFuture<CommandAnswer> send(ProductCommand c, String id, String user) {
        return writer.submit(new CommandEnvelope("test", c, id == null
                ? UUID.randomUUID().toString() : id, id != null, null, c.toString(), user));
    }

    @Test
    void each_event_records_the_user_who_issued_its_command() {
        send(new RegisterProduct("S", "Bolt", 0), null, "supervisor").join();
        send(new ReceiveStock("S", "A1", 10, null), null, "operator").join();
        send(new PickStock("S", "A1", 1, null), null, null).join();

        assertThat(store.readStream("product-S")).extracting(StoredEvent::type,
                StoredEvent::user).containsExactly(
                tuple("ProductRegistered", "supervisor"),
                tuple("StockReceived", "operator"),
                tuple("StockPicked", null));
    }

    @Test
    void an_operators_retry_gets_the_first_answer_and_another_users_same_id_a_409() {
        send(new RegisterProduct("S", "Bolt", 0), null, "supervisor").join();
        send(new ReceiveStock("S", "A1", 10, null), null, "ann").join();
        var pick = new PickStock("S", "A1", 4, null);
        var first = send(pick, "k1", "ann").join();

        assertThat(send(pick, "k1", "ann").join()).isEqualTo(first);
        var reused = problemOf(send(pick, "k1", "bob"));
        assertThat(reused.slug()).isEqualTo("idempotency-key-reused");
        assertThat(reused.getMessage()).contains("k1", "another user");
        assertThat(store.headPosition()).isEqualTo(3);
        assertThat(store.readStream("product-S").get(2).user()).isEqualTo("ann");
    }

    @Test
    void another_users_id_is_refused_even_where_the_product_would_now_refuse_the_command() {
        send(new RegisterProduct("S", "Bolt", 0), null, "supervisor").join();
        send(new ReceiveStock("S", "A1", 5, null), null, "ann").join();
        var all = new PickStock("S", "A1", 5, null);
        var first = send(all, "k1", "ann").join();

        // Nothing is left to pick, so the writer asks the log about the id before refusing.
        assertThat(send(all, "k1", "ann").join()).isEqualTo(first);
        assertThat(problemOf(send(all, "k1", "bob")).slug())
                .isEqualTo("idempotency-key-reused");
        assertThat(store.headPosition()).isEqualTo(3);
    }
}
