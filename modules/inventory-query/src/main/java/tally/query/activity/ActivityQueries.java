package tally.query.activity;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import tally.query.activity.ActivityAnswers.ActivityItem;
import tally.query.activity.ActivityAnswers.ActivityList;
import tally.query.engine.checkpoints.CheckpointRepository;

/**
 * Reads the {@code activity} read model together with its checkpoint, in one SERIALIZABLE
 * snapshot (see {@code StockQueries}): an answer's {@code position} is what its rows show.
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
class ActivityQueries {
    private final CheckpointRepository checkpoints;
    private final ActivityRepository activity;

    ActivityQueries(CheckpointRepository checkpoints, ActivityRepository activity) {
        this.checkpoints = checkpoints;
        this.activity = activity;
    }

    public ActivityList activity(int limit) {
        long position = checkpoints.positionOf(ActivityProjection.NAME);
        return new ActivityList(position, activity.newest(limit).stream()
                .map(r -> new ActivityItem(r.position(), r.stream(), r.type(),
                        r.occurredAt().toString(), r.userName(), r.summary())).toList());
    }
}
