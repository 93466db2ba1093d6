package tally.query.bins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import tally.query.bins.BinAnswers.BinLine;

/**
 * The {@code bins} table as Micronaut Data sees it, for the queries; the projection writes it
 * with plain JDBC batches. Names are not quoted (see {@code StockRepository}).
 */
@JdbcRepository(dialect = Dialect.H2)
interface BinRepository extends GenericRepository<BinRepository.BinRow, String> {

    @Query("SELECT location, name, zone, capacity, retired, version FROM bins ORDER BY location")
    List<BinLine> listBins();

    @Query("SELECT location, name, zone, capacity, retired, version FROM bins"
            + " WHERE location = :location")
    Optional<BinLine> findBin(String location);

    @MappedEntity(value = "bins", escape = false)
    record BinRow(@Id String location, @Nullable String name, @Nullable String zone,
                  @Nullable Integer capacity, boolean retired, long version) {
    }
}
