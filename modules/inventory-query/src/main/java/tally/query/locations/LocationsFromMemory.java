package tally.query.locations;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Optional;
import tally.query.engine.CommittedRows;
import tally.query.locations.LocationAnswers.LocationLine;
import tally.query.locations.LocationAnswers.LocationList;
import tally.query.locations.LocationAnswers.LocationView;

/**
 * The {@code locations} read model's answers from the rows its projection holds in memory, as
 * of the position they were committed at: what {@link LocationQueries} reads from the database
 * at that position (LocationsFromMemoryTest compares them), without a transaction; empty when
 * memory cannot answer. The list is built once per position.
 */
@Singleton
final class LocationsFromMemory {
    private final CommittedRows<LocationState> rows;
    private volatile LocationList last;

    LocationsFromMemory(LocationsProjection projection) {
        this.rows = projection.committedRows();
    }

    /** Present when memory answers: the location, or empty when it never held stock. */
    Optional<Optional<LocationView>> location(String location, long minPosition) {
        return rows.read(minPosition, (position, all) -> {
            LocationState l = all.get(location);
            return Optional.ofNullable(l == null ? null : l.asView(position));
        });
    }

    Optional<LocationList> locations(long minPosition) {
        Optional<LocationList> answer = rows.read(minPosition, (position, all) -> {
            LocationList seen = last;
            if (seen != null && seen.position() == position) {
                return seen; // the rows at a position are always the same: the log's up to it
            }
            var items = new ArrayList<LocationLine>(all.size());
            all.values().forEach(l -> items.add(new LocationLine(l.location, l.skus(),
                    l.units())));
            return new LocationList(position, items);
        });
        answer.ifPresent(list -> last = list); // only once read whole
        return answer;
    }
}
