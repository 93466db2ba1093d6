package tally.query.locations;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import tally.query.locations.LocationAnswers.LocationLine;

/**
 * The {@code locations} table as Micronaut Data sees it, for the queries; the projection writes
 * it with plain JDBC batches. Names are not quoted (see {@code StockRepository}).
 */
@JdbcRepository(dialect = Dialect.H2)
interface LocationRepository extends GenericRepository<LocationRepository.LocationRow, String> {

    Optional<LocationRow> findById(String location);

    @Query("SELECT location, skus, units FROM locations ORDER BY location")
    List<LocationLine> listLines();

    @MappedEntity(value = "locations", escape = false)
    record LocationRow(@Id String location, int skus, long units, String items) {
    }
}
