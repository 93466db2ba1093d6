package tally.query.engine.checkpoints;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * The read models' checkpoints as the queries read them: inside a query's transaction, so an
 * answer's {@code position} is the point of the log its rows show (see a read model's queries).
 * Names are not quoted: the Flyway scripts create them unquoted, so H2 keeps them upper case.
 */
@JdbcRepository(dialect = Dialect.H2)
public interface CheckpointRepository
        extends GenericRepository<CheckpointRepository.CheckpointRow, String> {

    Optional<CheckpointRow> findById(String name);

    /** The position read model {@code readModel} has applied the log up to, 0 before any. */
    default long positionOf(String readModel) {
        return findById(readModel).map(CheckpointRow::position).orElse(0L);
    }

    @MappedEntity(value = "checkpoints", escape = false)
    record CheckpointRow(@Id String name, long position) {
    }
}
