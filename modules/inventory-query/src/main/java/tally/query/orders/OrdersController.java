package tally.query.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.concurrent.CompletableFuture;
import tally.query.QueryException;
import tally.query.QueryParameters;
import tally.query.engine.waits.MinPositionWaits;
import tally.query.orders.OrderAnswers.OrderList;
import tally.query.orders.OrderAnswers.OrderView;
import tally.query.orders.OrderAnswers.PickList;

/** Orders, one order, and its pick list, served by the {@code orders} read model. */
@Controller("/api/orders")
final class OrdersController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final OrderQueries queries;
    private final OrdersFromMemory memory;
    private final MinPositionWaits waits;

    OrdersController(OrderQueries queries, OrdersFromMemory memory, MinPositionWaits waits) {
        this.queries = queries;
        this.memory = memory;
        this.waits = waits;
    }

    @Get
    CompletableFuture<OrderList> orders(@Nullable @QueryValue String status,
                                        @Nullable @QueryValue Integer limit,
                                        @Nullable @QueryValue Long minPosition,
                                        @Nullable @QueryValue Integer waitMillis) {
        OrderStatus only = statusOf(status);
        int n = QueryParameters.inRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return waits.answer(OrdersProjection.NAME, minPosition, waitMillis,
                () -> queries.orders(only, n));
    }

    @Get("/{orderId}")
    CompletableFuture<OrderView> order(String orderId, @Nullable @QueryValue Long minPosition,
                                       @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(OrdersProjection.NAME, minPosition, waitMillis,
                least -> memory.order(orderId, least).map(o -> o.orElseThrow(
                        () -> unknown(orderId))),
                () -> queries.order(orderId).orElseThrow(() -> unknown(orderId)));
    }

    @Get("/{orderId}/pick-list")
    CompletableFuture<PickList> pickList(String orderId, @Nullable @QueryValue Long minPosition,
                                         @Nullable @QueryValue Integer waitMillis) {
        return waits.answer(OrdersProjection.NAME, minPosition, waitMillis,
                least -> memory.pickList(orderId, least).map(p -> p.orElseThrow(
                        () -> unknown(orderId))),
                () -> queries.pickList(orderId).orElseThrow(() -> unknown(orderId)));
    }

    private static OrderStatus statusOf(String status) {
        if (status == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new QueryException.Invalid("status", "must be one of " + OrderStatus.NAMES);
        }
    }

    private static QueryException.NotFound unknown(String orderId) {
        return new QueryException.NotFound("no order " + orderId);
    }
}
