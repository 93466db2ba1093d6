package tally.query.orders;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code orders} table as Micronaut Data sees it, for the queries; the projection writes it
 * with plain JDBC batches. Names are not quoted (see {@code StockRepository}).
 */
@JdbcRepository(dialect = Dialect.H2)
interface OrderRepository extends GenericRepository<OrderRepository.OrderRow, String> {

    /** The columns of a list entry, without the lines and reservations it does not show. */
    String LISTED = "SELECT order_id, customer, status, line_count, placed_at FROM orders";

    Optional<OrderRow> findById(String orderId);

    @Query(LISTED + " ORDER BY placed_position DESC LIMIT :limit")
    List<ListedOrder> newest(int limit);

    @Query(LISTED + " WHERE status = :status ORDER BY placed_position DESC LIMIT :limit")
    List<ListedOrder> newestWith(String status, int limit);

    @MappedEntity(value = "orders", escape = false)
    record OrderRow(@Id String orderId, @Nullable String customer, String status, long version,
                    Instant placedAt, long placedPosition, int lineCount, String lineFigures,
                    String reservations) {

        OrderState state() {
            return OrderState.fromRow(orderId, customer, placedAt, placedPosition, version,
                    OrderStatus.valueOf(status), lineFigures, reservations);
        }
    }

    @Introspected
    record ListedOrder(String orderId, @Nullable String customer, String status, int lineCount,
                       Instant placedAt) {
    }
}
