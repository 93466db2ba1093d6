package tally.query.locations;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import tally.query.Quantities;
import tally.query.engine.checkpoints.CheckpointRepository;
import tally.query.locations.LocationAnswers.LocationList;
import tally.query.locations.LocationAnswers.LocationView;
import tally.query.locations.LocationAnswers.SkuQuantity;

/**
 * Reads the {@code locations} read model together with its checkpoint, in one SERIALIZABLE
 * snapshot (see {@code StockQueries}): an answer's {@code position} is what its rows show.
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
class LocationQueries {
    private final CheckpointRepository checkpoints;
    private final LocationRepository locations;

    LocationQueries(CheckpointRepository checkpoints, LocationRepository locations) {
        this.checkpoints = checkpoints;
        this.locations = locations;
    }

    public LocationList locations() {
        long position = checkpoints.positionOf(LocationsProjection.NAME);
        return new LocationList(position, locations.listLines());
    }

    public Optional<LocationView> location(String location) {
        long position = checkpoints.positionOf(LocationsProjection.NAME);
        return locations.findById(location)
                .map(r -> new LocationView(position, r.location(),
                        Quantities.answer(r.items(), SkuQuantity::new, SkuQuantity::sku)));
    }
}
