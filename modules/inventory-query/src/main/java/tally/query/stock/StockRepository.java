package tally.query.stock;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import tally.query.stock.StockAnswers.ProductItem;
import tally.query.stock.StockAnswers.StockLine;

/**
 * The {@code stock_products} table as Micronaut Data sees it, for the queries; the projection
 * writes it with plain JDBC batches (a rebuild must reach 100,000 events a second). Names are
 * not quoted: the Flyway scripts create them unquoted, so H2 keeps them upper case.
 */
@JdbcRepository(dialect = Dialect.H2)
interface StockRepository extends GenericRepository<StockRepository.StockRow, String> {

    /** The columns of a stock line, without the per-location quantities it does not show. */
    String STOCK_LINE = "sku, name, on_hand, reserved, on_hand - reserved AS available,"
            + " reorder_point, on_hand < reorder_point AS below_reorder_point, version";

    Optional<StockRow> findById(String sku);

    @Query("SELECT sku, name, reorder_point FROM stock_products ORDER BY sku")
    List<ProductItem> listProducts();

    @Query("SELECT " + STOCK_LINE + " FROM stock_products ORDER BY sku")
    List<StockLine> listStock();

    @Query("SELECT " + STOCK_LINE + " FROM stock_products WHERE on_hand < reorder_point"
            + " ORDER BY sku")
    List<StockLine> listBelowReorderPoint();

    @MappedEntity(value = "stock_products", escape = false)
    record StockRow(@Id String sku, String name, int reorderPoint, long onHand, long version,
                    String locations, long reserved, String reservations) {
    }
}
