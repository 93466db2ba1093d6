package tally.query.orders;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.BiFunction;
import tally.query.engine.keyed.CommittedRows;
import tally.query.orders.OrderAnswers.OrderView;
import tally.query.orders.OrderAnswers.PickList;

/**
 * One order's answers from the rows the {@code orders} projection holds in memory, as of the
 * position they were committed at: what {@link OrderQueries} reads from the database at that
 * position (OrdersFromMemoryTest compares them), without a transaction; empty when memory
 * cannot answer.
 */
@Singleton
final class OrdersFromMemory {
    private final CommittedRows<OrderState> rows;

    OrdersFromMemory(OrdersProjection projection) {
        this.rows = projection.committedRows();
    }

    /** Present when memory answers: the order, or empty when there is none such. */
    Optional<Optional<OrderView>> order(String orderId, long minPosition) {
        return answer(orderId, minPosition, (o, position) -> o.asView(position));
    }

    Optional<Optional<PickList>> pickList(String orderId, long minPosition) {
        return answer(orderId, minPosition, (o, position) -> o.asPickList(position));
    }

    private <T> Optional<Optional<T>> answer(String orderId, long minPosition,
                                             BiFunction<OrderState, Long, T> shape) {
        return rows.read(minPosition, (position, all) -> {
            OrderState o = all.get(orderId);
            return Optional.ofNullable(o == null ? null : shape.apply(o, position));
        });
    }
}
