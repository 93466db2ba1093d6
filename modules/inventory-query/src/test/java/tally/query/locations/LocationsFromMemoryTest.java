package tally.query.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.locations.LocationAnswers.LocationList;
import tally.query.testing.CaughtUp;
import tally.query.testing.ServerTest;
import tally.query.testing.Workload;

/**
 * The answers the {@code locations} read model gives from memory are the database's: compared
 * at every position random traffic reaches, and again after a rebuild.
 */
@MicronautTest
class LocationsFromMemoryTest extends ServerTest {
    @Inject
    LocationsFromMemory memory;
    @Inject
    LocationQueries database;
    @Inject
    ReadModelSupervisor supervisor;

    @Test
    void memory_answers_what_the_database_does_at_every_position_and_after_a_rebuild() {
        var workload = new Workload(16, 6, 9);
        var random = new Random(16);
        long head = 0;
        for (int step = 0; step < 60; step++) {
            head = Workload.append(store, workload.next(1 + random.nextInt(6)));
            CaughtUp.await(supervisor, LocationsProjection.NAME, head);
            assertSameAnswers(head);
        }
        supervisor.rebuild(LocationsProjection.NAME);
        CaughtUp.await(supervisor, LocationsProjection.NAME, head);
        assertSameAnswers(head);
    }

    private void assertSameAnswers(long head) {
        LocationList fromMemory = memory.locations(head).orElseThrow();
        assertThat(fromMemory.position()).isEqualTo(head);
        assertThat(fromMemory).isEqualTo(database.locations());
        for (int i = 0; i <= 9; i++) { // L-9 never holds stock: both say so
            String location = "L-" + i;
            assertThat(memory.location(location, head).orElseThrow())
                    .as(location).isEqualTo(database.location(location));
            // Twice: the second is the text kept for the position.
            for (int again = 0; again < 2; again++) {
                assertThat(memory.locationJson(location, head).orElseThrow().map(String::new))
                        .as(location + " as JSON")
                        .isEqualTo(database.location(location).map(memory::json).map(String::new));
            }
        }
        assertThat(memory.locations(head + 1)).as("not that far yet").isEmpty();
    }
}
