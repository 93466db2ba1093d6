package tally.query.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The {@code activity} table as Micronaut Data sees it, for the queries; the projection writes
 * it with plain JDBC batches. Names are not quoted (see {@code StockRepository}).
 */
@JdbcRepository(dialect = Dialect.H2)
interface ActivityRepository extends GenericRepository<ActivityRepository.ActivityRow, Long> {

    @Query("SELECT * FROM activity ORDER BY position DESC LIMIT :limit")
    List<ActivityRow> newest(int limit);

    @MappedEntity(value = "activity", escape = false)
    record ActivityRow(@Id long position, String stream, String type, Instant occurredAt,
                       @Nullable String userName, String summary) {
    }
}
