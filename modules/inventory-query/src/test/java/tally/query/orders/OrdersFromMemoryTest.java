package tally.query.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderCancelled;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.OrderEvent.OrderShipped;
import tally.events.TallyEvent;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.testing.CaughtUp;
import tally.query.testing.ServerTest;
import tally.query.testing.Workload;

/**
 * An order and its pick list from memory are the database's: compared for every order at every
 * position of orders going through each status, and again after a rebuild.
 */
@MicronautTest
class OrdersFromMemoryTest extends ServerTest {
    private static final List<String> ORDERS = List.of("SO-1", "SO-2", "SO-3", "SO-NONE");
    @Inject
    OrdersFromMemory memory;
    @Inject
    OrderQueries database;
    @Inject
    ReadModelSupervisor supervisor;

    @Test
    void memory_answers_what_the_database_does_at_every_position_and_after_a_rebuild() {
        List<TallyEvent> events = List.of(new ProductRegistered("P-1", "Pin", 0),
                new StockReceived("P-1", "A-01", 50, null),
                placed("SO-1", 3), new StockReserved("P-1", "A-01", 2, "SO-1", 3),
                allocated("SO-1", 2, 1), placed("SO-2", 1),
                new StockReserved("P-1", "A-01", 1, "SO-2", 6), allocated("SO-2", 1, 0),
                new ReservedStockPicked("P-1", "A-01", 1, "SO-2"), new OrderShipped("SO-2"),
                placed("SO-3", 1), new StockReserved("P-1", "A-01", 1, "SO-3", 11),
                allocated("SO-3", 1, 0), new OrderCancelled("SO-3", "no longer wanted"),
                new ReservationReleased("P-1", "A-01", 1, "SO-3"));
        long head = 0;
        for (TallyEvent e : events) {
            head = Workload.append(store, List.of(e));
            CaughtUp.await(supervisor, OrdersProjection.NAME, head);
            assertSameAnswers(head);
        }
        supervisor.rebuild(OrdersProjection.NAME);
        CaughtUp.await(supervisor, OrdersProjection.NAME, head);
        assertSameAnswers(head);
    }

    private void assertSameAnswers(long head) {
        for (String orderId : ORDERS) {
            assertThat(memory.order(orderId, head).orElseThrow()).as(orderId)
                    .isEqualTo(database.order(orderId));
            assertThat(memory.pickList(orderId, head).orElseThrow()).as(orderId)
                    .isEqualTo(database.pickList(orderId));
        }
        assertThat(memory.order("SO-1", head + 1)).as("not that far yet").isEmpty();
    }

    private static OrderPlaced placed(String orderId, int quantity) {
        return new OrderPlaced(orderId, "Customer of " + orderId,
                List.of(new OrderLine("P-1", quantity)));
    }

    private static OrderAllocated allocated(String orderId, int reserved, int backordered) {
        return new OrderAllocated(orderId, List.of(new LineAllocation("P-1", reserved,
                backordered)));
    }
}
