package tally.query;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import tally.query.Answers.LocationQuantity;
import tally.query.Answers.SkuQuantity;
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

    @JdbcRepository(dialect = Dialect.H2)
    interface StockRepository extends GenericRepository<StockRow, String> {
        Optional<StockRow> findById(String sku);

        @Query("SELECT * FROM stock_products ORDER BY sku")
        List<StockRow> listAll();

        @Query("SELECT * FROM stock_products WHERE on_hand < reorder_point ORDER BY sku")
        List<StockRow> listBelowReorderPoint();

        @Query("SELECT location, quantity FROM stock_locations WHERE sku = :sku ORDER BY location")
        List<LocationQuantity> locationsOf(String sku);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface LocationRepository extends GenericRepository<LocationRow, String> {
        Optional<LocationRow> findById(String location);

        @Query("SELECT * FROM locations ORDER BY location")
        List<LocationRow> listAll();

        @Query("SELECT sku, quantity FROM location_items WHERE location = :location ORDER BY sku")
        List<SkuQuantity> itemsAt(String location);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ActivityRepository extends GenericRepository<ActivityRow, Long> {
        @Query("SELECT * FROM activity ORDER BY position DESC LIMIT :limit")
        List<ActivityRow> newest(int limit);
    }
}
