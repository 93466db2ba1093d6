package tally.command.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import tally.command.CommandProblem;
import tally.command.domain.Command;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/** What the allocation relies on: the events a command recorded, the first time and again. */
@MicronautTest
class CommandGatewayTest {
    static final String SYSTEM = "system:allocation";
    @Inject
    CommandGateway gateway;
    @Inject
    EventStore store;

    CommandGateway.Outcome issue(String id, Command command) {
        return gateway.issue(id, SYSTEM, command).join();
    }

    void stockOf(String sku) {
        issue(sku + "-reg", new RegisterProduct(sku, "Bolt", 0));
        issue(sku + "-a1", new ReceiveStock(sku, "A-1", 10, null));
        issue(sku + "-b1", new ReceiveStock(sku, "B-1", 5, null));
    }

    @Test
    void answers_the_events_a_command_recorded_the_first_time() {
        stockOf("G1");
        var placed = issue("place-g1", new PlaceOrder("SO-G1", "Ann", List.of(
                new OrderLine("G1", 12))));
        long sequence = placed.answer().position();

        var reserved = issue("allocation-" + sequence + "-0",
                new ReserveStock("SO-G1", "G1", 12, sequence));

        assertThat(placed.repeated()).isFalse();
        assertThat(placed.events()).containsExactly(new OrderPlaced("SO-G1", "Ann",
                List.of(new OrderLine("G1", 12))));
        assertThat(reserved.repeated()).isFalse();
        assertThat(reserved.events()).containsExactly(
                new StockReserved("G1", "A-1", 10, "SO-G1", sequence),
                new StockReserved("G1", "B-1", 2, "SO-G1", sequence));
        assertThat(reserved.answer().stream()).isEqualTo("product-G1");
        assertThat(store.readStream("product-G1")).extracting(StoredEvent::user)
                .endsWith(SYSTEM, SYSTEM);
    }

    @Test
    void a_replay_learns_what_was_decided_the_first_time_and_records_nothing() {
        stockOf("G2");
        long sequence = issue("place-g2", new PlaceOrder("SO-G2", null,
                List.of(new OrderLine("G2", 12)))).answer().position();
        var first = issue("allocation-g2", new ReserveStock("SO-G2", "G2", 12, sequence));
        long head = store.headPosition();

        var again = issue("allocation-g2", new ReserveStock("SO-G2", "G2", 12, sequence));

        assertThat(again.repeated()).isTrue();
        assertThat(again.answer()).isEqualTo(first.answer());
        assertThat(again.events()).isEqualTo(first.events()).hasSize(2);
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void a_command_that_recorded_nothing_answers_no_events_the_first_time_and_again() {
        stockOf("G3");
        issue("place-g3", new PlaceOrder("SO-G3", null, List.of(new OrderLine("G3", 1))));
        issue("cancel-g3", new CancelOrder("SO-G3", "changed their mind"));
        var late = new RecordAllocation("SO-G3", List.of(new LineAllocation("G3", 1, 0)));

        var first = issue("allocation-g3", late);
        var again = issue("allocation-g3", late);

        assertThat(first.events()).isEmpty();
        assertThat(first.repeated()).isFalse();
        assertThat(again.events()).isEmpty();
        assertThat(again.repeated()).isTrue();
        assertThat(store.readStream("order-SO-G3")).hasSize(2);
    }

    @Test
    void a_refused_command_fails_with_its_problem_and_a_reused_id_with_a_conflict() {
        stockOf("G4");
        var unknown = catchThrowableOfType(() -> issue("place-g4", new PlaceOrder("SO-G4", null,
                List.of(new OrderLine("NOPE", 1)))), CompletionException.class);
        assertThat(((CommandProblem) unknown.getCause()).status()).isEqualTo(422);

        issue("same-id", new PlaceOrder("SO-G4", null, List.of(new OrderLine("G4", 1))));
        var reused = catchThrowableOfType(() -> issue("same-id", new PlaceOrder("SO-G5", null,
                List.of(new OrderLine("G4", 1)))), CompletionException.class);
        assertThat(((CommandProblem) reused.getCause()).slug()).isEqualTo("idempotency-key-reused");
    }
}
