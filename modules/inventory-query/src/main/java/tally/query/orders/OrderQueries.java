package tally.query.orders;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import tally.query.engine.checkpoints.CheckpointRepository;
import tally.query.orders.OrderAnswers.OrderList;
import tally.query.orders.OrderAnswers.OrderSummary;
import tally.query.orders.OrderAnswers.OrderView;
import tally.query.orders.OrderAnswers.PickList;
import tally.query.orders.OrderRepository.ListedOrder;
import tally.query.orders.OrderRepository.OrderRow;

/**
 * Reads the {@code orders} read model together with its checkpoint, in one SERIALIZABLE snapshot
 * (see {@code StockQueries}): an answer's {@code position} is what its rows show.
 * Public, with the answers it gives, for the server's printed sheets (tally.server.labels).
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
public class OrderQueries {
    private final CheckpointRepository checkpoints;
    private final OrderRepository orders;

    OrderQueries(CheckpointRepository checkpoints, OrderRepository orders) {
        this.checkpoints = checkpoints;
        this.orders = orders;
    }

    /** The newest {@code limit} orders, of {@code status} only when it is not null. */
    public OrderList orders(OrderStatus status, int limit) {
        long position = checkpoints.positionOf(OrdersProjection.NAME);
        List<ListedOrder> rows = status == null ? orders.newest(limit)
                : orders.newestWith(status.name(), limit);
        return new OrderList(position, rows.stream().map(r -> new OrderSummary(r.orderId(),
                r.customer(), OrderStatus.valueOf(r.status()), r.lineCount(),
                r.placedAt().toString())).toList());
    }

    public Optional<OrderView> order(String orderId) {
        long position = checkpoints.positionOf(OrdersProjection.NAME);
        return orders.findById(orderId).map(OrderRow::state).map(o -> o.asView(position));
    }

    public Optional<PickList> pickList(String orderId) {
        long position = checkpoints.positionOf(OrdersProjection.NAME);
        return orders.findById(orderId).map(OrderRow::state).map(o -> o.asPickList(position));
    }
}
