package tally.query;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import tally.query.Answers.LocationLine;
import tally.query.Answers.ProductItem;
import tally.query.Answers.StockLine;
import tally.query.Rows.ActivityRow;
import tally.query.Rows.CheckpointRow;
import tally.query.Rows.LocationRow;
import tally.query.Rows.StockRow;

/** Micronaut Data JDBC repositories over the views database, one per read model. */
final class ReadModelRepositories {
    private ReadModelRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface CheckpointRepository extends GenericRepository<CheckpointRow, String> {
        Optional<CheckpointRow> findById(String name);
    }

    /** The columns of a stock line, without the per-location quantities it does not show. */
    static final String STOCK_LINE = "sku, name, on_hand, reorder_point,"
            + " on_hand < reorder_point AS below_reorder_point, version";

    @JdbcRepository(dialect = Dialect.H2)
    interface StockRepository extends GenericRepository<StockRow, String> {
        Optional<StockRow> findById(String sku);

        @Query("SELECT sku, name, reorder_point FROM stock_products ORDER BY sku")
        List<ProductItem> listProducts();

        @Query("SELECT " + STOCK_LINE + " FROM stock_products ORDER BY sku")
        List<StockLine> listStock();

        @Query("SELECT " + STOCK_LINE + " FROM stock_products WHERE on_hand < reorder_point"
                + " ORDER BY sku")
        List<StockLine> listBelowReorderPoint();
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface LocationRepository extends GenericRepository<LocationRow, String> {
        Optional<LocationRow> findById(String location);

        @Query("SELECT location, skus, units FROM locations ORDER BY location")
        List<LocationLine> listLines();
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ActivityRepository extends GenericRepository<ActivityRow, Long> {
        @Query("SELECT * FROM activity ORDER BY position DESC LIMIT :limit")
        List<ActivityRow> newest(int limit);
    }
}
