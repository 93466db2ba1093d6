package tally.query.engine.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import tally.query.engine.Projection;

/**
 * Where one read model stands, as {@code GET /api/projections} and the live stream's
 * {@code projection} messages tell it (docs/api.md, "Read models under control").
 * {@code rebuildEventsPerSecond} is the pace of a throttled rebuild under way, else null.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectionStatus(String name, long position, long headPosition, long lag,
                               long lagMillis, String state, long delayMillis, String lastError,
                               Long rebuildEventsPerSecond) {

    /** The status as a live stream message (its event name is {@code projection}). */
    public Projection.Change asChange() {
        return new Projection.Change("projection", this);
    }
}
