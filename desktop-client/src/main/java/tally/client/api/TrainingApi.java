package tally.client.api;

import tally.client.api.TrainingShapes.History;
import tally.client.api.TrainingShapes.SecondOperator;
import tally.client.api.TrainingShapes.Traffic;
import tally.client.api.TrainingShapes.Training;
import tally.client.api.WireShapes.ProjectionStatus;

/**
 * The calls behind the trainer's lessons (docs/api.md, "Lessons for a class"): simulated traffic,
 * a second operator, a longer history and a rebuild slow enough to watch. Blocking, as every
 * {@link TallyApi} call; a refusal is a {@link ProblemException}.
 */
public interface TrainingApi {

    /** {@code GET /api/training}. */
    Training training();

    /** {@code PUT /api/training/traffic}: starts it, or changes the rate while it runs. */
    Traffic startTraffic(int commandsPerSecond);

    /** {@code DELETE /api/training/traffic}; stopping what is stopped is fine. */
    Traffic stopTraffic();

    /** {@code POST /api/training/second-operator}: receive-stock or place-order on that sku. */
    SecondOperator secondOperator(String sku, String command);

    /** {@code POST /api/training/history}: about that many more events, in the background. */
    History growHistory(long events);

    /** {@code DELETE /api/training/history}: stops a longer history; stopping none is fine. */
    History stopHistory();

    /** {@code POST /api/projections/{name}/rebuild} applying at most that many events a second. */
    ProjectionStatus rebuild(String name, long eventsPerSecond);
}
